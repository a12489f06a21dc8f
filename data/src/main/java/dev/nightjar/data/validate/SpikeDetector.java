package dev.nightjar.data.validate;

/**
 * Flags bars whose close-to-close log return is far from the recent ones: with r<sub>i</sub> =
 * ln(c<sub>i</sub> / c<sub>i-1</sub>) and, over the previous {@link #WINDOW} returns (at least
 * {@link #MIN_HISTORY}), their median m and scaled median absolute deviation s = 1.4826 · median(|r
 * − m|) (1.4826 makes s estimate the standard deviation of normal returns), bar i is a spike when
 * |r<sub>i</sub> − m| &gt; {@link #K} · s. When s = 0 (more than half the window's returns equal
 * the median, as in flat minute data) no bar is flagged: the scale is undefined. Returns touching a
 * non-positive close are skipped. Every return, spike or not, then joins the window. Cost: O(W) per
 * bar (sorted window, insertion by binary search).
 */
public final class SpikeDetector {
  /** Returns of history the median and MAD are taken over. */
  public static final int WINDOW = 500;

  /** Fewest returns of history before anything is flagged. */
  public static final int MIN_HISTORY = 30;

  /** Threshold in scaled MADs. */
  public static final double K = 10;

  /** Consistency constant of the MAD for normal data: 1 / Φ⁻¹(3/4). */
  public static final double MAD_SCALE = 1.4826;

  /** Receives each spike. */
  @FunctionalInterface
  public interface Listener {
    /**
     * @param bar index of the bar whose return is a spike
     * @param logReturn its log return
     * @param median median of the window
     * @param scaledMad {@code 1.4826 · MAD} of the window
     */
    void spike(int bar, double logReturn, double median, double scaledMad);
  }

  private SpikeDetector() {}

  /** Scans {@code close[0, n)} in time order and reports spikes in order. */
  public static void scan(double[] close, int n, Listener listener) {
    double[] ring = new double[WINDOW];
    double[] sorted = new double[WINDOW];
    int count = 0;
    int next = 0;
    for (int i = 1; i < n; i++) {
      if (!(close[i] > 0 && close[i - 1] > 0)) {
        continue;
      }
      double r = Math.log(close[i] / close[i - 1]);
      if (!Double.isFinite(r)) {
        continue;
      }
      if (count >= MIN_HISTORY) {
        double m = median(sorted, count);
        double s = MAD_SCALE * mad(sorted, count, m);
        if (s > 0 && Math.abs(r - m) > K * s) {
          listener.spike(i, r, m, s);
        }
      }
      if (count == WINDOW) {
        remove(sorted, count, ring[next]);
        count--;
      }
      insert(sorted, count, r);
      count++;
      ring[next] = r;
      next = (next + 1) % WINDOW;
    }
  }

  private static double median(double[] sorted, int n) {
    return (n & 1) == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Median of |x − m| over the sorted window, merging outward from m (O(n)). */
  private static double mad(double[] sorted, int n, double m) {
    int right = lowerBound(sorted, n, m);
    int left = right - 1;
    double lower = 0;
    double upper = 0;
    for (int k = 0; k <= n / 2; k++) {
      double d;
      if (left < 0) {
        d = sorted[right++] - m;
      } else if (right >= n) {
        d = m - sorted[left--];
      } else if (m - sorted[left] <= sorted[right] - m) {
        d = m - sorted[left--];
      } else {
        d = sorted[right++] - m;
      }
      if (k == (n - 1) / 2) {
        lower = d;
      }
      upper = d;
    }
    return (n & 1) == 1 ? upper : (lower + upper) / 2;
  }

  private static int lowerBound(double[] a, int n, double x) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static void insert(double[] sorted, int n, double x) {
    int at = lowerBound(sorted, n, x);
    System.arraycopy(sorted, at, sorted, at + 1, n - at);
    sorted[at] = x;
  }

  private static void remove(double[] sorted, int n, double x) {
    int at = lowerBound(sorted, n, x); // the first element equal to x
    System.arraycopy(sorted, at + 1, sorted, at, n - at - 1);
  }
}
