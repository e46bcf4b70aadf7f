package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Number ranges (reserved, extension), inclusive at both ends, and what one set lost. */
public final class Ranges {

  /** The greatest field number. */
  public static final int MESSAGE_MAX = 536_870_911;
  /** The greatest enum number. */
  public static final int ENUM_MAX = Integer.MAX_VALUE;

  /**
   * An inclusive range.
   *
   * @param start the first number
   * @param end the last number
   */
  public record Range(int start, int end) {

    /**
     * Renders the range as a user writes it.
     *
     * @param max the greatest possible number, written {@code max}
     * @return e.g. {@code 5}, {@code 5 to 7}, {@code 100 to max}
     */
    public String render(int max) {
      if (start == end) {
        return Integer.toString(start);
      }
      return start + " to " + (end == max ? "max" : Integer.toString(end));
    }
  }

  private Ranges() {}

  /**
   * A message's reserved field numbers.
   *
   * @param message the message
   * @return the ranges, in declaration order
   */
  public static List<Range> reserved(Descriptor message) {
    List<Range> ranges = new ArrayList<>();
    for (DescriptorProto.ReservedRange range : message.toProto().getReservedRangeList()) {
      ranges.add(new Range(range.getStart(), range.getEnd() - 1)); // end is exclusive
    }
    return ranges;
  }

  /**
   * A message's extension ranges.
   *
   * @param message the message
   * @return the ranges, in declaration order
   */
  public static List<Range> extensions(Descriptor message) {
    List<Range> ranges = new ArrayList<>();
    for (DescriptorProto.ExtensionRange range : message.toProto().getExtensionRangeList()) {
      ranges.add(new Range(range.getStart(), range.getEnd() - 1)); // end is exclusive
    }
    return ranges;
  }

  /**
   * An enum's reserved numbers.
   *
   * @param enumType the enum
   * @return the ranges, in declaration order
   */
  public static List<Range> reserved(EnumDescriptor enumType) {
    List<Range> ranges = new ArrayList<>();
    for (EnumDescriptorProto.EnumReservedRange range
        : enumType.toProto().getReservedRangeList()) {
      ranges.add(new Range(range.getStart(), range.getEnd())); // end is inclusive for enums
    }
    return ranges;
  }

  /**
   * The parts of a range that a set of ranges does not cover.
   *
   * @param range the range
   * @param cover the ranges that should cover it
   * @return the uncovered parts, in order; empty when covered
   */
  public static List<Range> missing(Range range, List<Range> cover) {
    List<Range> sorted = new ArrayList<>(cover);
    sorted.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
    List<Range> missing = new ArrayList<>();
    long next = range.start();
    for (Range part : sorted) {
      if (part.end() < next) {
        continue;
      }
      if (part.start() > range.end()) {
        break;
      }
      if (part.start() > next) {
        missing.add(new Range((int) next, part.start() - 1));
      }
      next = Math.max(next, (long) part.end() + 1);
      if (next > range.end()) {
        break;
      }
    }
    if (next <= range.end()) {
      missing.add(new Range((int) next, range.end()));
    }
    return missing;
  }

  /**
   * Renders ranges.
   *
   * @param ranges the ranges
   * @param max the greatest possible number
   * @return e.g. {@code 5, 8 to 9}
   */
  public static String render(List<Range> ranges, int max) {
    List<String> parts = new ArrayList<>();
    for (Range range : ranges) {
      parts.add(range.render(max));
    }
    return String.join(", ", parts);
  }

  /**
   * Whether a number is in one of the ranges.
   *
   * @param number the number
   * @param ranges the ranges
   * @return {@code true} if covered
   */
  public static boolean contains(int number, List<Range> ranges) {
    for (Range range : ranges) {
      if (number >= range.start() && number <= range.end()) {
        return true;
      }
    }
    return false;
  }
}
