package dev.treaty.avro.internal.compare;

import dev.treaty.model.Classification;
import org.apache.avro.Schema;

/**
 * How Avro's binary decoder reads a value of one physical type as another, and what Treaty makes
 * of it. Avro promotes int to long, float and double, long to float and double, float to double,
 * and string and bytes to each other. Treaty separates the promotions that keep every value
 * from those that do not: int or long read as float, and long read as double, round large values
 * (16777217 reads as 16777216.0); bytes that are not UTF-8 read as a string with replacement
 * characters in Java and fail in other implementations.
 */
public enum Reading {
  /** Same physical type (for named types: the same kind; names and sizes are judged apart). */
  SAME,
  /** A promotion that keeps every value exactly. */
  EXACT,
  /** A promotion that rounds some values. */
  ROUNDS,
  /** bytes read as string: only valid UTF-8 keeps its value. */
  NOT_TEXT,
  /** Avro does not read the one as the other. */
  FAILS;

  /**
   * How data of {@code writer}'s physical type reads as {@code reader}'s. Unions are not physical
   * types; callers pair their branches first.
   *
   * @param writer the writing schema
   * @param reader the reading schema
   * @return the reading
   */
  public static Reading of(Schema writer, Schema reader) {
    Schema.Type w = writer.getType();
    Schema.Type r = reader.getType();
    if (w == r) {
      return SAME;
    }
    return switch (w) {
      case INT -> switch (r) {
        case LONG, DOUBLE -> EXACT;
        case FLOAT -> ROUNDS;
        default -> FAILS;
      };
      case LONG -> r == Schema.Type.FLOAT || r == Schema.Type.DOUBLE ? ROUNDS : FAILS;
      case FLOAT -> r == Schema.Type.DOUBLE ? EXACT : FAILS;
      case STRING -> r == Schema.Type.BYTES ? EXACT : FAILS;
      case BYTES -> r == Schema.Type.STRING ? NOT_TEXT : FAILS;
      default -> FAILS;
    };
  }

  /**
   * Whether Avro's decoder reads the value at all (possibly changing it).
   *
   * @return {@code true} unless {@link #FAILS}
   */
  public boolean decodes() {
    return this != FAILS;
  }

  /**
   * Whether every value reads exactly.
   *
   * @return {@code true} for {@link #SAME} and {@link #EXACT}
   */
  public boolean keepsValues() {
    return this == SAME || this == EXACT;
  }

  /**
   * Treaty's classification of this reading.
   *
   * @return compatible when every value reads exactly, breaking otherwise
   */
  public Classification classification() {
    return keepsValues() ? Classification.COMPATIBLE : Classification.BREAKING;
  }
}
