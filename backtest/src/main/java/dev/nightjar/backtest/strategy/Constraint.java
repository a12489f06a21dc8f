package dev.nightjar.backtest.strategy;

import java.util.List;

/**
 * A rule between parameters, such as {@code fast < slow} or {@code k * 2 <= period and period <
 * 100}, parsed once and evaluated on parameter values by position.
 *
 * <p>Grammar (usual precedence, left to right): {@code or}/{@code ||}, {@code and}/{@code &&},
 * {@code not}/{@code !}, comparisons {@code < <= > >= == !=}, {@code + -}, {@code * / × ÷}, unary
 * minus, numbers, parameter names and parentheses. A comparison yields a truth value; arithmetic
 * takes numbers only; the whole expression must be a truth value. Errors name the column and what
 * was expected, or the unknown name and the known ones.
 */
public final class Constraint {
  private final String text;
  private final Node root;

  private Constraint(String text, Node root) {
    this.text = text;
    this.root = root;
  }

  /**
   * Parses {@code text} over the parameters {@code names} (values are later passed in that order).
   *
   * @throws IllegalArgumentException on a syntax error, an unknown name, or a non-boolean result
   */
  public static Constraint parse(String text, List<String> names) {
    Parser parser = new Parser(text == null ? "" : text, names);
    Node root = parser.parseAll();
    if (!root.isBoolean()) {
      throw new IllegalArgumentException(
          "constraint '" + text + "' must be a comparison such as 'fast < slow'");
    }
    return new Constraint(text, root);
  }

  /** Whether the parameter values (in the order given to {@link #parse}) satisfy the rule. */
  public boolean test(double[] values) {
    return root.eval(values) != 0;
  }

  /** The rule as written. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }

  /** An expression node; truth values are 1 and 0. */
  private interface Node {
    double eval(double[] v);

    boolean isBoolean();
  }

  private record Number(double value) implements Node {
    public double eval(double[] v) {
      return value;
    }

    public boolean isBoolean() {
      return false;
    }
  }

  private record Param(int index) implements Node {
    public double eval(double[] v) {
      return v[index];
    }

    public boolean isBoolean() {
      return false;
    }
  }

  private record Unary(char op, Node operand) implements Node {
    public double eval(double[] v) {
      double x = operand.eval(v);
      return op == '-' ? -x : (x == 0 ? 1 : 0);
    }

    public boolean isBoolean() {
      return op == '!';
    }
  }

  private record Binary(String op, Node left, Node right) implements Node {
    public double eval(double[] v) {
      if (op.equals("and")) {
        return left.eval(v) != 0 && right.eval(v) != 0 ? 1 : 0;
      }
      if (op.equals("or")) {
        return left.eval(v) != 0 || right.eval(v) != 0 ? 1 : 0;
      }
      double a = left.eval(v);
      double b = right.eval(v);
      return switch (op) {
        case "+" -> a + b;
        case "-" -> a - b;
        case "*" -> a * b;
        case "/" -> a / b;
        case "<" -> a < b ? 1 : 0;
        case "<=" -> a <= b ? 1 : 0;
        case ">" -> a > b ? 1 : 0;
        case ">=" -> a >= b ? 1 : 0;
        case "==" -> a == b ? 1 : 0;
        case "!=" -> a != b ? 1 : 0;
        default -> throw new IllegalStateException(op);
      };
    }

    public boolean isBoolean() {
      return switch (op) {
        case "+", "-", "*", "/" -> false;
        default -> true;
      };
    }
  }

  /** Recursive descent over the text; {@code pos} is the next unread character. */
  private static final class Parser {
    private final String text;
    private final List<String> names;
    private int pos;
    private int tokenStart;

    Parser(String text, List<String> names) {
      this.text = text;
      this.names = names;
    }

    Node parseAll() {
      Node node = or();
      skipSpace();
      if (pos < text.length()) {
        throw error("unexpected '" + text.charAt(pos) + "'");
      }
      return node;
    }

    private Node or() {
      Node left = and();
      while (accept("or") || accept("||")) {
        int at = tokenStart;
        left = logical("or", left, and(), at);
      }
      return left;
    }

    private Node and() {
      Node left = not();
      while (accept("and") || accept("&&")) {
        int at = tokenStart;
        left = logical("and", left, not(), at);
      }
      return left;
    }

    private Node not() {
      if (accept("not") || acceptBang()) {
        int at = tokenStart;
        Node operand = not();
        requireBoolean(operand, "not", at);
        return new Unary('!', operand);
      }
      return comparison();
    }

    private Node comparison() {
      Node left = sum();
      for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
        if (accept(op)) {
          return arithmetic(op, left, sum(), tokenStart);
        }
      }
      return left;
    }

    private Node sum() {
      Node left = product();
      while (true) {
        String op = accept("+") ? "+" : accept("-") ? "-" : null;
        if (op == null) {
          return left;
        }
        int at = tokenStart;
        left = arithmetic(op, left, product(), at);
      }
    }

    private Node product() {
      Node left = unary();
      while (true) {
        String op = accept("*") || accept("×") ? "*" : accept("/") || accept("÷") ? "/" : null;
        if (op == null) {
          return left;
        }
        int at = tokenStart;
        left = arithmetic(op, left, unary(), at);
      }
    }

    private Node unary() {
      if (accept("-")) {
        int at = tokenStart;
        Node operand = unary();
        requireNumber(operand, "-", at);
        return new Unary('-', operand);
      }
      return atom();
    }

    private Node atom() {
      skipSpace();
      if (accept("(")) {
        Node inner = or();
        if (!accept(")")) {
          throw error("expected ')'");
        }
        return inner;
      }
      int start = pos;
      if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
          pos++;
        }
        String token = text.substring(start, pos);
        try {
          return new Number(Double.parseDouble(token));
        } catch (NumberFormatException e) {
          pos = start;
          throw error("bad number '" + token + "'");
        }
      }
      if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
          pos++;
        }
        String name = text.substring(start, pos);
        int index = names.indexOf(name);
        if (index < 0) {
          throw new IllegalArgumentException(
              "unknown parameter '" + name + "' in '" + text + "': known are " + names);
        }
        return new Param(index);
      }
      throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "unexpected end");
    }

    private Node logical(String op, Node left, Node right, int at) {
      requireBoolean(left, op, at);
      requireBoolean(right, op, at);
      return new Binary(op, left, right);
    }

    /** Arithmetic and comparisons: both operands must be numbers. */
    private Node arithmetic(String op, Node left, Node right, int at) {
      requireNumber(left, op, at);
      requireNumber(right, op, at);
      return new Binary(op, left, right);
    }

    private void requireBoolean(Node node, String op, int at) {
      if (!node.isBoolean()) {
        pos = at;
        throw error("'" + op + "' needs comparisons on both sides");
      }
    }

    private void requireNumber(Node node, String op, int at) {
      if (node.isBoolean()) {
        pos = at;
        throw error("'" + op + "' needs numbers, not a comparison");
      }
    }

    /** Consumes {@code token} after blanks; words must not run on into a name. */
    private boolean accept(String token) {
      skipSpace();
      if (!text.startsWith(token, pos)) {
        return false;
      }
      int end = pos + token.length();
      if (Character.isLetter(token.charAt(0))
          && end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        return false;
      }
      tokenStart = pos;
      pos = end;
      return true;
    }

    private boolean acceptBang() {
      skipSpace();
      if (text.startsWith("!", pos) && !text.startsWith("!=", pos)) {
        tokenStart = pos;
        pos++;
        return true;
      }
      return false;
    }

    private void skipSpace() {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "constraint '" + text + "' at column " + (pos + 1) + ": " + what);
    }
  }
}
