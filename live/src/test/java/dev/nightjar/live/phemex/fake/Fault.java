package dev.nightjar.live.phemex.fake;

/** A fault the fake injects into the next request to a path. */
public enum Fault {
  /** 429 with a retry-after header; the request is not processed. */
  RATE_LIMIT_429,
  /** HTTP 500 without processing the request. */
  ERROR_500,
  /** The request is processed (an order is placed), then HTTP 502 is answered. */
  ERROR_500_AFTER_PROCESSING,
  /** The request is processed, then the answer is held past the client's timeout. */
  TIMEOUT_AFTER_PROCESSING,
  /** The request is processed, then the connection is dropped without an answer. */
  DROP_AFTER_PROCESSING,
  /** The request is processed, then the body is not JSON. */
  MALFORMED_JSON_AFTER_PROCESSING,
  /** The request is processed, then the duplicate-clOrdID code (11085) is answered. */
  DUPLICATE_ANSWER_AFTER_PROCESSING,
  /** Code 20004 (position mode mismatch) without processing. */
  POSITION_MODE_MISMATCH;

  boolean processesFirst() {
    return name().endsWith("AFTER_PROCESSING");
  }
}
