package dev.nightjar.live.phemex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One signed (or public) REST call with its resilience, outermost first: Retry (idempotent
 * endpoints only) → CircuitBreaker → the group's {@link RateGate} → the HTTP exchange, whose body
 * is always read in full. Returns the envelope's data, or throws {@link PhemexException}.
 *
 * <p>Envelopes: {@code {"code","msg","data"}} everywhere except market data, which answers {@code
 * {"error","id","result"}}; the shape is recognised from the body, so either is accepted on any
 * path. A non-zero code in an HTTP 200 is an error.
 */
final class PhemexHttp {
  private static final Logger LOG = LoggerFactory.getLogger(PhemexHttp.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final ClientConfig config;
  private final Signer signer;
  private final LongSupplier clock;
  private final Sleeper sleeper;
  private final Map<RateGroup, RateGate> gates = new EnumMap<>(RateGroup.class);
  private final CircuitBreaker breaker;
  private final Retry retry;

  PhemexHttp(
      HttpClient http, ClientConfig config, Signer signer, LongSupplier clock, Sleeper sleeper) {
    this.http = http;
    this.config = config;
    this.signer = signer;
    this.clock = clock;
    this.sleeper = sleeper;
    for (RateGroup g : RateGroup.values()) {
      gates.put(
          g, new RateGate(g, config.limits().get(g), config.limiterTimeout(), clock, sleeper));
    }
    ClientConfig.BreakerPolicy b = config.breaker();
    this.breaker =
        CircuitBreaker.of(
            "phemex",
            CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRatePercent())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.window())
                .minimumNumberOfCalls(b.minimumCalls())
                .waitDurationInOpenState(b.openWait())
                .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls())
                .recordException(PhemexHttp::isExchangeFailure)
                .build());
    breaker
        .getEventPublisher()
        .onStateTransition(e -> LOG.warn("Phemex circuit breaker: {}", e.getStateTransition()));
    ClientConfig.RetryPolicy r = config.retry();
    IntervalFunction backoff =
        IntervalFunction.ofExponentialRandomBackoff(
            r.initialBackoff().toMillis(), r.multiplier(), r.jitter());
    this.retry =
        Retry.of(
            "phemex",
            RetryConfig.custom()
                .maxAttempts(r.maxAttempts())
                .retryOnException(e -> e instanceof PhemexException p && p.retryable())
                // Resilience4j 2.2 sleeps with a global function; this hands the wait to the
                // injected sleeper and lets Resilience4j sleep zero.
                .intervalBiFunction(
                    (attempt, outcome) -> {
                      long wait = backoff.apply(attempt);
                      LOG.debug("Phemex retry {} in {} ms", attempt, wait);
                      sleepQuietly(wait);
                      return 0L;
                    })
                .build());
  }

  /** Transport and server failures count against the breaker; answers and 429 do not. */
  private static boolean isExchangeFailure(Throwable t) {
    return t instanceof PhemexException p
        && (p.kind() == ErrorKind.SERVER_ERROR
            || p.kind() == ErrorKind.TRANSPORT
            || p.kind() == ErrorKind.MALFORMED_RESPONSE);
  }

  CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /**
   * Calls {@code endpoint} with {@code query} (the exact text after '?', "" for none) and an empty
   * body, retrying only if the endpoint is idempotent. A signed call answered "Request Expired"
   * (clock drift; the exchange did not act on it) resynchronises the clock once and is sent again.
   */
  JsonNode call(Endpoint endpoint, String query) {
    try {
      return attempt(endpoint, query);
    } catch (PhemexException e) {
      if (!endpoint.signed || !isExpired(e)) {
        throw e;
      }
      LOG.warn("{}: request expired; resynchronising the clock once", endpoint.path);
      syncClock();
      return attempt(endpoint, query);
    }
  }

  private static boolean isExpired(PhemexException e) {
    return e.kind() == ErrorKind.UNAUTHENTICATED && e.getMessage().contains("Expired");
  }

  /** Reads the server time and sets the signer's offset; returns the server time. */
  long syncClock() {
    long sent = clock.getAsLong();
    long server = call(Endpoint.SERVER_TIME, "").path("serverTime").asLong();
    if (signer != null) {
      signer.learnOffset(sent, server, clock.getAsLong());
    }
    return server;
  }

  private JsonNode attempt(Endpoint endpoint, String query) {
    if (endpoint.idempotent) {
      return retry.executeSupplier(() -> guarded(endpoint, query));
    }
    return guarded(endpoint, query);
  }

  private JsonNode guarded(Endpoint endpoint, String query) {
    try {
      return breaker.executeSupplier(() -> once(endpoint, query));
    } catch (CallNotPermittedException e) {
      throw new PhemexException(
          ErrorKind.CIRCUIT_OPEN, 0, 0, endpoint.path + ": not sent, circuit breaker open");
    }
  }

  private JsonNode once(Endpoint endpoint, String query) {
    RateGate gate = gates.get(endpoint.group);
    HttpResponse<byte[]> response;
    try {
      gate.acquire(endpoint.weight);
      response = http.send(request(endpoint, query), HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new PhemexException(ErrorKind.TRANSPORT, 0, 0, endpoint.path + ": timed out");
    } catch (IOException e) {
      throw new PhemexException(
          ErrorKind.TRANSPORT, 0, 0, endpoint.path + ": connection failed (" + e.getClass() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PhemexException(ErrorKind.TRANSPORT, 0, 0, endpoint.path + ": interrupted");
    }
    int status = response.statusCode();
    gate.observe(response.headers(), status);
    if (status == 429) {
      throw new PhemexException(
          ErrorKind.RATE_LIMITED,
          429,
          429,
          gate.retryAfterMillis(response.headers()),
          endpoint.path + ": HTTP 429 rate limited");
    }
    if (status >= 500) {
      throw new PhemexException(
          ErrorKind.SERVER_ERROR,
          0,
          status,
          endpoint.path + ": HTTP " + status + ", outcome unknown");
    }
    JsonNode body = parse(endpoint, status, response.body());
    if (status != 200) {
      String msg = body == null ? "" : message(body);
      ErrorKind kind = ErrorKind.ofCode(status);
      throw new PhemexException(
          kind, status, status, endpoint.path + ": HTTP " + status + " " + msg);
    }
    return data(endpoint, status, body);
  }

  private HttpRequest request(Endpoint endpoint, String query) {
    String target = endpoint.path + (query.isEmpty() ? "" : "?" + query);
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(config.baseUrl().toString() + target))
            .timeout(config.requestTimeout())
            .method(endpoint.method, HttpRequest.BodyPublishers.noBody());
    if (endpoint.signed) {
      if (signer == null) {
        throw new IllegalStateException(endpoint.path + " needs credentials; none were given");
      }
      long expiry = signer.expiry();
      b.header("x-phemex-access-token", signer.apiKey())
          .header("x-phemex-request-expiry", Long.toString(expiry))
          .header("x-phemex-request-signature", signer.sign(endpoint.path, query, expiry, ""));
    }
    return b.build();
  }

  /** The JSON body, or null for an empty non-200 body; malformed JSON is a retryable failure. */
  private static JsonNode parse(Endpoint endpoint, int status, byte[] bytes) {
    if (bytes.length == 0 && status != 200) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new PhemexException(
          ErrorKind.MALFORMED_RESPONSE,
          0,
          status,
          endpoint.path + ": HTTP " + status + " body is not a JSON envelope");
    }
    return node;
  }

  private static JsonNode data(Endpoint endpoint, int status, JsonNode body) {
    if (body.has("code")) {
      int code = body.get("code").asInt();
      if (code != 0) {
        throw new PhemexException(
            ErrorKind.ofCode(code),
            code,
            status,
            endpoint.path + ": code " + code + " " + message(body));
      }
      return body.path("data");
    }
    if (body.has("error") || body.has("result")) {
      JsonNode error = body.path("error");
      if (!error.isMissingNode() && !error.isNull()) {
        int code = error.path("code").asInt(-1);
        throw new PhemexException(
            ErrorKind.ofCode(code),
            code,
            status,
            endpoint.path + ": error " + code + " " + error.path("message").asText(""));
      }
      return body.path("result");
    }
    throw new PhemexException(
        ErrorKind.MALFORMED_RESPONSE, 0, status, endpoint.path + ": no code or error field");
  }

  private static String message(JsonNode body) {
    return body.path("msg").asText("");
  }

  private void sleepQuietly(long millis) {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PhemexException(ErrorKind.TRANSPORT, 0, 0, "interrupted during retry backoff");
    }
  }
}
