package dev.nightjar.live.phemex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorKindTest {
  /** Codes and meanings from PHEMEX.md §1.3 (Phemex docs' error table, ccxt, issues). */
  @ParameterizedTest
  @CsvSource({
    "10500, BAD_SIGNATURE, false",
    "401, UNAUTHENTICATED, false",
    "11085, DUPLICATE_CLIENT_ORDER_ID, false",
    "10001, DUPLICATE_CLIENT_ORDER_ID, false",
    "19999, DUPLICATE_CLIENT_ORDER_ID, false",
    "10002, UNKNOWN_ORDER, false",
    "11082, INSUFFICIENT_BALANCE, false",
    "11001, INSUFFICIENT_BALANCE, false",
    "20004, POSITION_MODE_MISMATCH, false",
    "11055, OUT_OF_RANGE, false",
    "39102, OUT_OF_RANGE, false",
    "11004, INVALID_LEVERAGE, false",
    "11150, OPEN_INTEREST_LIMIT, false",
    "30018, QUERY_TOO_LARGE, false",
    "429, RATE_LIMITED, true",
    "12345, OTHER, false",
  })
  void mapsCodes(int code, ErrorKind kind, boolean retryable) {
    assertEquals(kind, ErrorKind.ofCode(code));
    assertEquals(retryable, ErrorKind.ofCode(code).retryable());
  }
}
