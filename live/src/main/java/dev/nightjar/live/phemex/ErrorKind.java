package dev.nightjar.live.phemex;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a Phemex error means for the caller, from its code (PHEMEX.md §1.3; ccxt's exception table)
 * or from the transport. {@link #retryable()} kinds are transient: an idempotent call may be sent
 * again after a backoff; every other kind is final for that request.
 */
public enum ErrorKind {
  /** 10500: the HMAC did not match (wrong secret, body not byte-identical, ...). Stop. */
  BAD_SIGNATURE(false, 10500),
  /** HTTP 401 or code 401: unauthenticated or "Request Expired" (clock drift). */
  UNAUTHENTICATED(false, 401),
  /** HTTP 403: the key lacks the privilege. */
  FORBIDDEN(false, 403),
  /** 412: a required parameter is missing (a programming error). */
  MISSING_PARAMETER(false, 412),
  /** 10001, 11033, 11085, 19999: an order with this clOrdID exists already (idempotency hit). */
  DUPLICATE_CLIENT_ORDER_ID(false, 10001, 11033, 11085, 19999),
  /** 10002: no such order. */
  UNKNOWN_ORDER(false, 10002),
  /** 10003-10005, 11061: a cancel or replace is pending; re-query later. */
  PENDING_CHANGE(false, 10003, 10004, 10005, 11061),
  /** 11001, 11082, 11100, 11105, 11106. */
  INSUFFICIENT_BALANCE(false, 11001, 11082, 11100, 11105, 11106),
  /** 11004: leverage above the allowed maximum. */
  INVALID_LEVERAGE(false, 11004),
  /** 11011: reduce-only order rejected (no position to reduce). */
  REDUCE_ONLY_REJECTED(false, 11011),
  /** 11031, 11032: too many conditional or active orders. */
  TOO_MANY_ORDERS(false, 11031, 11032),
  /**
   * 11053-11058, 11114, 11115, 39102: price, quantity or value too large or too small, or off the
   * tick (PHEMEX.md lists 11057 under both this range and reduce-only; the range wins here).
   */
  OUT_OF_RANGE(false, 11053, 11054, 11055, 11056, 11057, 11058, 11114, 11115, 39102),
  /** 11150: open-interest limit reached, only reducing orders accepted. */
  OPEN_INTEREST_LIMIT(false, 11150),
  /** 20004: posSide does not match the account's position mode. */
  POSITION_MODE_MISMATCH(false, 20004),
  /** 30018: the query range is too large. */
  QUERY_TOO_LARGE(false, 30018),
  /** HTTP 429 or code 429: a rate limit was hit; wait for retry-after. */
  RATE_LIMITED(true, 429),
  /** HTTP 5xx: the outcome is UNKNOWN (the operation may have succeeded). */
  SERVER_ERROR(true),
  /** Timeout or broken connection: the outcome is unknown. */
  TRANSPORT(true),
  /** The body was not the JSON envelope expected. */
  MALFORMED_RESPONSE(true),
  /** Not sent: the circuit breaker is open. */
  CIRCUIT_OPEN(false),
  /** Any other code. */
  OTHER(false);

  private static final Map<Integer, ErrorKind> BY_CODE = new TreeMap<>();

  static {
    for (ErrorKind kind : values()) {
      for (int code : kind.codes) {
        BY_CODE.put(code, kind);
      }
    }
  }

  private final boolean retryable;
  private final int[] codes;

  ErrorKind(boolean retryable, int... codes) {
    this.retryable = retryable;
    this.codes = codes;
  }

  /** True if the condition is transient, so an idempotent request may be repeated. */
  public boolean retryable() {
    return retryable;
  }

  /** The kind for an envelope code (or an HTTP status used as a code); OTHER if unmapped. */
  public static ErrorKind ofCode(int code) {
    return BY_CODE.getOrDefault(code, OTHER);
  }
}
