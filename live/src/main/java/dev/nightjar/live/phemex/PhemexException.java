package dev.nightjar.live.phemex;

/**
 * A failed Phemex call: the {@link ErrorKind}, the exchange's code (0 when there is none), the HTTP
 * status (0 when no response arrived) and, for 429, how long to wait. Messages name the endpoint
 * and the exchange's text, never a header, a signature or a credential.
 */
public final class PhemexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final int code;
  private final int httpStatus;
  private final long retryAfterMillis;

  public PhemexException(
      ErrorKind kind, int code, int httpStatus, long retryAfterMillis, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.httpStatus = httpStatus;
    this.retryAfterMillis = retryAfterMillis;
  }

  public PhemexException(ErrorKind kind, int code, int httpStatus, String message) {
    this(kind, code, httpStatus, 0, message);
  }

  public ErrorKind kind() {
    return kind;
  }

  public int code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** For 429: the exchange's retry-after in milliseconds, 0 if it sent none. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }

  public boolean retryable() {
    return kind.retryable();
  }
}
