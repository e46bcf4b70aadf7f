package dev.treaty.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path into the <em>data</em> described by a schema — not into the schema file. One grammar is
 * used everywhere: in findings, expectations, accepted changes and contract metadata.
 *
 * <pre>
 * path    = "" | first { "." name | "[]" | "{}" | "&lt;" label "&gt;" }
 * first   = name | "[]" | "{}" | "&lt;" label "&gt;"
 * name    = plain | quoted          plain  = one or more characters other than . [ ] { } &lt; &gt; " \ and whitespace
 * label   = plain | quoted          quoted = '"' { any character, with \" and \\ escaped } '"'
 * </pre>
 *
 * <ul>
 *   <li>{@code customer.address.city} — nested fields;
 *   <li>{@code lines[].sku} — a field of every element of the array {@code lines};
 *   <li>{@code attributes{}} and {@code attributes{}.unit} — every value of the map {@code attributes};
 *   <li>{@code payment<card>.last4} — a field inside the union (oneOf) branch labelled {@code card};
 *       a branch is labelled by its record or definition name, else by its type ({@code <string>});
 *   <li>{@code "first.name"} and {@code meta."x-y z"} — names that need quoting;
 *   <li>the empty path is the root of the data.
 * </ul>
 *
 * <p>Paths are immutable, compare segment by segment, and print in the canonical form above, so
 * {@code FieldPath.parse(p.toString()).equals(p)} always holds.
 */
public final class FieldPath implements Comparable<FieldPath> {

  /** The path of the root of the data. */
  public static final FieldPath ROOT = new FieldPath(List.of());

  /** One step of a path. */
  public sealed interface Segment extends Comparable<Segment> {

    /** The rank of the segment kind when two different kinds are compared. */
    int order();

    @Override
    default int compareTo(Segment other) {
      if (order() != other.order()) {
        return Integer.compare(order(), other.order());
      }
      if (this instanceof Field field) {
        return field.name().compareTo(((Field) other).name());
      }
      if (this instanceof Branch branch) {
        return branch.label().compareTo(((Branch) other).label());
      }
      return 0;
    }
  }

  /**
   * A named field of a record or object.
   *
   * @param name the field name, exactly as in the data
   */
  public record Field(String name) implements Segment {
    /** Validates the segment. */
    public Field {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public int order() {
      return 0;
    }

    @Override
    public String toString() {
      return quoteIfNeeded(name);
    }
  }

  /** Every element of an array, written {@code []}. */
  public record Element() implements Segment {
    @Override
    public int order() {
      return 1;
    }

    @Override
    public String toString() {
      return "[]";
    }
  }

  /** Every value of a map, written {@code {}}. */
  public record MapValue() implements Segment {
    @Override
    public int order() {
      return 2;
    }

    @Override
    public String toString() {
      return "{}";
    }
  }

  /**
   * One branch of a union or {@code oneOf}/{@code anyOf}, written {@code <label>}.
   *
   * @param label the branch's record or definition name, or its type name
   */
  public record Branch(String label) implements Segment {
    /** Validates the segment. */
    public Branch {
      Objects.requireNonNull(label, "label");
    }

    @Override
    public int order() {
      return 3;
    }

    @Override
    public String toString() {
      return "<" + quoteIfNeeded(label) + ">";
    }
  }

  private static final Element ELEMENT = new Element();
  private static final MapValue MAP_VALUE = new MapValue();

  private final List<Segment> segments;
  private final String text;

  private FieldPath(List<Segment> segments) {
    this.segments = List.copyOf(segments);
    this.text = render(this.segments);
  }

  /**
   * Creates a path from segments.
   *
   * @param segments the steps from the root
   * @return the path
   */
  public static FieldPath of(List<Segment> segments) {
    return segments.isEmpty() ? ROOT : new FieldPath(segments);
  }

  /**
   * Creates a path of plain field names, e.g. {@code FieldPath.ofFields("customer", "first.name")}.
   *
   * @param names field names, each used verbatim (no parsing, so dots are part of the name)
   * @return the path
   */
  public static FieldPath ofFields(String... names) {
    List<Segment> list = new ArrayList<>(names.length);
    for (String name : names) {
      list.add(new Field(name));
    }
    return of(list);
  }

  /**
   * Parses a path in the grammar above.
   *
   * @param text the path
   * @return the path
   * @throws IllegalArgumentException with the column and what was expected, if the text is not a path
   */
  public static FieldPath parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Segment> result = new ArrayList<>();
    int i = 0;
    int n = text.length();
    boolean expectName = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '[') {
        expectChar(text, i + 1, ']');
        result.add(ELEMENT);
        i += 2;
        expectName = false;
      } else if (c == '{') {
        expectChar(text, i + 1, '}');
        result.add(MAP_VALUE);
        i += 2;
        expectName = false;
      } else if (c == '<') {
        int[] end = new int[1];
        String label = readName(text, i + 1, end, "a branch label");
        expectChar(text, end[0], '>');
        result.add(new Branch(label));
        i = end[0] + 1;
        expectName = false;
      } else if (c == '.') {
        if (result.isEmpty() || expectName) {
          throw error(text, i, "a field name before '.'");
        }
        i++;
        if (i >= n) {
          throw error(text, i, "a field name after '.'");
        }
        expectName = true;
      } else {
        if (!result.isEmpty() && !expectName) {
          throw error(text, i, "'.', '[]', '{}' or '<' before a field name");
        }
        int[] end = new int[1];
        String name = readName(text, i, end, "a field name");
        result.add(new Field(name));
        i = end[0];
        expectName = false;
      }
    }
    if (expectName) {
      throw error(text, n, "a field name after '.'");
    }
    return of(result);
  }

  /**
   * The steps of this path from the root.
   *
   * @return the segments, unmodifiable
   */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * Whether this is the root path.
   *
   * @return {@code true} for the empty path
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * This path extended by a field.
   *
   * @param name the field name, verbatim
   * @return the longer path
   */
  public FieldPath field(String name) {
    return append(new Field(name));
  }

  /**
   * This path extended by "every element" of an array.
   *
   * @return the longer path
   */
  public FieldPath element() {
    return append(ELEMENT);
  }

  /**
   * This path extended by "every value" of a map.
   *
   * @return the longer path
   */
  public FieldPath mapValue() {
    return append(MAP_VALUE);
  }

  /**
   * This path extended by a union branch.
   *
   * @param label the branch label
   * @return the longer path
   */
  public FieldPath branch(String label) {
    return append(new Branch(label));
  }

  /**
   * This path extended by one segment.
   *
   * @param segment the step to add
   * @return the longer path
   */
  public FieldPath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(Objects.requireNonNull(segment, "segment"));
    return new FieldPath(longer);
  }

  /**
   * The path one step up, or the root for the root.
   *
   * @return the parent path
   */
  public FieldPath parent() {
    return segments.isEmpty() ? this : of(segments.subList(0, segments.size() - 1));
  }

  /**
   * The last step, if any.
   *
   * @return the last segment, or {@code null} for the root
   */
  public @org.jspecify.annotations.Nullable Segment last() {
    return segments.isEmpty() ? null : segments.get(segments.size() - 1);
  }

  /**
   * Whether this path equals {@code other} or lies below it.
   *
   * @param other a possible ancestor
   * @return {@code true} if {@code other} is a prefix of this path
   */
  public boolean startsWith(FieldPath other) {
    return other.segments.size() <= segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  @Override
  public int compareTo(FieldPath other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      int c = segments.get(i).compareTo(other.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The canonical text of the path; empty for the root. */
  @Override
  public String toString() {
    return text;
  }

  private static String render(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Field && out.length() > 0) {
        out.append('.');
      }
      out.append(segment);
    }
    return out.toString();
  }

  static String quoteIfNeeded(String name) {
    if (!name.isEmpty() && name.chars().noneMatch(FieldPath::isSpecial)) {
      return name;
    }
    StringBuilder quoted = new StringBuilder(name.length() + 2).append('"');
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString();
  }

  private static boolean isSpecial(int c) {
    return c == '.' || c == '[' || c == ']' || c == '{' || c == '}' || c == '<' || c == '>'
        || c == '"' || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c);
  }

  private static String readName(String text, int start, int[] end, String what) {
    int n = text.length();
    if (start >= n) {
      throw error(text, start, what);
    }
    if (text.charAt(start) == '"') {
      StringBuilder name = new StringBuilder();
      int i = start + 1;
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\\') {
          if (i + 1 >= n || (text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\\')) {
            throw error(text, i, "\\\" or \\\\ after a backslash in a quoted name");
          }
          name.append(text.charAt(i + 1));
          i += 2;
        } else if (c == '"') {
          end[0] = i + 1;
          return name.toString();
        } else {
          name.append(c);
          i++;
        }
      }
      throw error(text, n, "a closing '\"'");
    }
    int i = start;
    while (i < n && !isSpecial(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      throw error(text, start, what);
    }
    end[0] = i;
    return text.substring(start, i);
  }

  private static void expectChar(String text, int index, char expected) {
    if (index >= text.length() || text.charAt(index) != expected) {
      throw error(text, index, "'" + expected + "'");
    }
  }

  private static IllegalArgumentException error(String text, int index, String expected) {
    String found = index >= text.length() ? "the end" : "'" + text.charAt(index) + "'";
    return new IllegalArgumentException(
        "Invalid path \"" + text + "\" at column " + (index + 1) + ": expected " + expected
            + ", found " + found + ".");
  }
}
