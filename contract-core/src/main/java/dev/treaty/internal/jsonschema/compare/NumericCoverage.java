package dev.treaty.internal.jsonschema.compare;

import dev.treaty.internal.jsonschema.read.Bound;
import dev.treaty.internal.jsonschema.read.SchemaNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Whether several number ranges together cover another, exactly: {@code anyOf [<= 10, >= 1]}
 * covers every number although neither branch does. Only for alternatives constrained by their
 * bounds alone (no {@code enum}, {@code multipleOf}, {@code not}, {@code format} or
 * conditional); for anything else the answer is "not shown".
 *
 * <p>A union of intervals is constant between its bounds, so it covers a range exactly when it
 * contains every bound inside the range, one point between each two neighbouring bounds, and one
 * point beyond the outermost ones (whole numbers when the range is integral).
 */
final class NumericCoverage {

  private static final List<String> IMPURE = List.of("enum", "const", "multipleOf", "not", "if",
      "format", "dependentSchemas");

  private NumericCoverage() {}

  static boolean covers(List<Conjunction> readers, Conjunction writer) {
    if (!pure(writer) || readers.stream().anyMatch(r -> !pure(r))) {
      return false;
    }
    NumberRange target = NumberRange.of(writer);
    List<NumberRange> ranges = new ArrayList<>();
    for (Conjunction reader : readers) {
      NumberRange range = NumberRange.of(reader);
      if (!range.integral() || target.integral()) {
        ranges.add(range);
      }
    }
    TreeSet<BigDecimal> points = new TreeSet<>();
    for (NumberRange range : ranges) {
      addPoint(points, range.lower());
      addPoint(points, range.upper());
    }
    addPoint(points, target.lower());
    addPoint(points, target.upper());
    List<@Nullable BigDecimal> probes = new ArrayList<>(points);
    if (points.isEmpty()) {
      probes.add(BigDecimal.ZERO);
    } else {
      probes.add(points.first().subtract(BigDecimal.ONE).setScale(0, RoundingMode.FLOOR));
      probes.add(points.last().add(BigDecimal.ONE).setScale(0, RoundingMode.CEILING));
      BigDecimal previous = null;
      for (BigDecimal point : points) {
        if (previous != null) {
          probes.add(between(previous, point, target.integral()));
        }
        previous = point;
      }
    }
    for (@Nullable BigDecimal probe : probes) {
      if (probe != null && target.contains(probe)
          && ranges.stream().noneMatch(r -> r.contains(probe))) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable BigDecimal between(BigDecimal low, BigDecimal high, boolean integral) {
    if (!integral) {
      return low.add(high).divide(BigDecimal.valueOf(2));
    }
    BigDecimal next = low.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    return next.compareTo(high) < 0 ? next : null;
  }

  private static void addPoint(TreeSet<BigDecimal> points, @Nullable Bound bound) {
    if (bound != null) {
      points.add(bound.value());
    }
  }

  private static boolean pure(Conjunction alternative) {
    for (SchemaNode member : alternative.members()) {
      for (String keyword : IMPURE) {
        if (member.has(keyword)) {
          return false;
        }
      }
    }
    return true;
  }
}
