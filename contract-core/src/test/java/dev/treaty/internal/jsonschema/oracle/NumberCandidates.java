package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Edge numbers for numeric constraints, most telling first: the bounds and the values just
 * inside exclusive ones, multiples of {@code multipleOf} at the bounds, the other schema's
 * numbers and their neighbours, zero and signs, fractions, and sizes that overflow 32 and 53 bits.
 * Values outside the bounds are dropped here already; the validator has the last word.
 */
final class NumberCandidates {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  /** The smallest step past an exclusive bound on a {@code number}. */
  private static final BigDecimal EPSILON = new BigDecimal("0.000001");
  private static final List<BigDecimal> GENERIC = List.of(BigDecimal.ZERO, BigDecimal.ONE,
      BigDecimal.ONE.negate(), BigDecimal.TEN, new BigDecimal(100), new BigDecimal(-100),
      new BigDecimal(2147483647), new BigDecimal(2147483648L), new BigDecimal(-2147483649L),
      new BigDecimal(9007199254740993L), new BigDecimal("100000000000000000000"));
  private static final List<BigDecimal> FRACTIONS = List.of(HALF, HALF.negate(),
      new BigDecimal("1.5"), new BigDecimal("3.14159"), new BigDecimal("0.0000001"),
      new BigDecimal("-2.75"));

  private NumberCandidates() {}

  /**
   * Candidate numbers for a constraint view.
   *
   * @param view the constraints
   * @param integer whether only integers are wanted
   * @param draft the draft (whether 1.0 counts as an integer)
   * @param vocabulary numbers of both schemas
   * @return the candidates, as JSON numbers
   */
  static List<JsonNode> of(ConstraintView view, boolean integer, Draft draft, Vocabulary vocabulary) {
    ConstraintView.Bound lower = view.lowerBound();
    ConstraintView.Bound upper = view.upperBound();
    List<BigDecimal> multiples = view.multiples();
    BigDecimal step = integer ? BigDecimal.ONE : EPSILON;
    Set<BigDecimal> wanted = new LinkedHashSet<>();
    @Nullable BigDecimal multiple = multiples.isEmpty() ? null : multiples.get(0);
    if (lower != null) {
      nearBound(lower.value(), true, step, multiple, integer, wanted);
    }
    if (upper != null) {
      nearBound(upper.value(), false, step, multiple, integer, wanted);
    }
    if (lower != null && upper != null) {
      wanted.add(lower.value().add(upper.value()).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP));
    }
    // zero, a sign and a fraction early: small part budgets keep only the first few values
    wanted.add(BigDecimal.ZERO);
    wanted.add(BigDecimal.ONE.negate());
    if (!integer) {
      wanted.add(new BigDecimal("2.5"));
    }
    if (multiple != null) {
      for (int k : new int[] {0, 1, 2, -1, 3, 7, -4, 1000}) {
        wanted.add(multiple.multiply(BigDecimal.valueOf(k)));
      }
    }
    for (BigDecimal v : vocabulary.numbers()) {
      wanted.add(v);
      wanted.add(v.add(step));
      wanted.add(v.subtract(step));
      wanted.add(v.add(BigDecimal.ONE));
      wanted.add(v.subtract(BigDecimal.ONE));
      wanted.add(v.negate());
      if (!integer) {
        wanted.add(v.add(HALF));
      }
    }
    wanted.addAll(GENERIC);
    if (!integer) {
      wanted.addAll(FRACTIONS);
    }
    List<JsonNode> nodes = new ArrayList<>();
    Set<BigDecimal> seen = new LinkedHashSet<>();
    for (BigDecimal value : wanted) {
      BigDecimal v = value.stripTrailingZeros();
      boolean whole = v.scale() <= 0;
      if ((integer && !whole) || !seen.add(v) || !inRange(v, lower, upper) || !multipleOfAll(v, multiples)) {
        continue;
      }
      nodes.add(toNode(v));
    }
    if (!integer || draft.integralNumbersAreIntegers()) {
      // 2.0 is an integer since draft 6, but data written as 2.0 still trips strict readers
      for (JsonNode node : List.copyOf(nodes)) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
          nodes.add(DoubleNode.valueOf(node.asLong()));
          break;
        }
      }
    }
    if (!integer && inRange(new BigDecimal("1e300"), lower, upper) && multiples.isEmpty()) {
      nodes.add(DoubleNode.valueOf(1e300));
    }
    return nodes;
  }

  private static void nearBound(BigDecimal bound, boolean lower, BigDecimal step,
      @Nullable BigDecimal multiple, boolean integer, Set<BigDecimal> wanted) {
    BigDecimal inward = lower ? step : step.negate();
    if (integer) {
      BigDecimal edge = lower ? bound.setScale(0, RoundingMode.CEILING) : bound.setScale(0, RoundingMode.FLOOR);
      wanted.add(edge);
      wanted.add(edge.add(inward));
    } else {
      wanted.add(bound);
      wanted.add(bound.add(inward));
      wanted.add(bound.add(lower ? HALF : HALF.negate()));
      wanted.add(bound.add(lower ? BigDecimal.ONE : BigDecimal.ONE.negate()));
    }
    if (multiple != null && multiple.signum() > 0) {
      BigDecimal k = bound.divide(multiple, 0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR);
      wanted.add(k.multiply(multiple));
      wanted.add(k.add(lower ? BigDecimal.ONE : BigDecimal.ONE.negate()).multiply(multiple));
    }
  }

  static boolean inRange(BigDecimal v, ConstraintView.@Nullable Bound lower, ConstraintView.@Nullable Bound upper) {
    if (lower != null) {
      int c = v.compareTo(lower.value());
      if (c < 0 || c == 0 && lower.exclusive()) {
        return false;
      }
    }
    if (upper != null) {
      int c = v.compareTo(upper.value());
      return c < 0 || c == 0 && !upper.exclusive();
    }
    return true;
  }

  private static boolean multipleOfAll(BigDecimal v, List<BigDecimal> multiples) {
    for (BigDecimal m : multiples) {
      if (m.signum() > 0 && v.remainder(m).signum() != 0) {
        return false;
      }
    }
    return true;
  }

  /** A number as the JSON parser would read it: integers as integer nodes, the rest as doubles. */
  static JsonNode toNode(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      BigInteger whole = v.toBigIntegerExact();
      if (whole.bitLength() < 32) {
        return IntNode.valueOf(whole.intValue());
      }
      if (whole.bitLength() < 64) {
        return LongNode.valueOf(whole.longValue());
      }
      return BigIntegerNode.valueOf(whole);
    }
    return DoubleNode.valueOf(v.doubleValue());
  }
}
