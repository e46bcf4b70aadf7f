package dev.treaty.model;

import dev.treaty.model.DataType.Conversion;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimeType;
import dev.treaty.model.DataType.TimestampType;

/** The conversion table behind {@link DataType#conversion(DataType, DataType)}. */
final class TypeConversions {

  /** Decimal digits an int32 needs (2147483647). */
  private static final int INT32_DIGITS = 10;
  /** Decimal digits an int64 needs (9223372036854775807). */
  private static final int INT64_DIGITS = 19;

  private TypeConversions() {}

  static Conversion of(DataType writer, DataType reader) {
    if (writer instanceof ScalarType w && reader instanceof ScalarType r) {
      return scalar(w.kind(), r.kind());
    }
    if (writer instanceof DecimalType w && reader instanceof DecimalType r) {
      return decimal(w, r);
    }
    if (writer instanceof DecimalType && reader instanceof ScalarType r) {
      return switch (r.kind()) {
        case NUMBER -> Conversion.LOSSLESS;
        case DOUBLE, FLOAT -> Conversion.LOSSY;
        default -> Conversion.INCOMPATIBLE;
      };
    }
    if (writer instanceof ScalarType w && reader instanceof DecimalType r) {
      int integerDigits = r.precision() == 0 ? Integer.MAX_VALUE : r.precision() - r.scale();
      return switch (w.kind()) {
        // Too few integer digits means large values overflow: they do not read at all.
        case INT32 -> integerDigits >= INT32_DIGITS ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
        case INT64 -> integerDigits >= INT64_DIGITS ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
        case INTEGER -> r.precision() == 0 ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
        default -> Conversion.INCOMPATIBLE;
      };
    }
    if (writer instanceof TimeType w && reader instanceof TimeType r) {
      return w.unit() == r.unit() ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    if (writer instanceof TimestampType w && reader instanceof TimestampType r) {
      return w.unit() == r.unit() && w.utc() == r.utc() ? Conversion.IDENTICAL : Conversion.INCOMPATIBLE;
    }
    if (writer instanceof EnumType && reader instanceof ScalarType r && r.kind() == ScalarKind.STRING) {
      return Conversion.LOSSLESS;
    }
    if (writer.getClass() == reader.getClass()) {
      // Composite types: the kinds agree; their parts are compared by whoever walks them.
      return Conversion.IDENTICAL;
    }
    return Conversion.INCOMPATIBLE;
  }

  private static Conversion scalar(ScalarKind writer, ScalarKind reader) {
    if (writer == reader) {
      return Conversion.IDENTICAL;
    }
    return switch (writer) {
      case INT32 -> switch (reader) {
        case INT64, INTEGER, NUMBER, DOUBLE -> Conversion.LOSSLESS;
        case FLOAT -> Conversion.LOSSY;
        default -> Conversion.INCOMPATIBLE;
      };
      case INT64 -> switch (reader) {
        case INTEGER, NUMBER -> Conversion.LOSSLESS;
        case FLOAT, DOUBLE -> Conversion.LOSSY;
        default -> Conversion.INCOMPATIBLE;
      };
      case INTEGER -> switch (reader) {
        case NUMBER -> Conversion.LOSSLESS;
        case FLOAT, DOUBLE -> Conversion.LOSSY;
        default -> Conversion.INCOMPATIBLE;
      };
      case FLOAT -> switch (reader) {
        case DOUBLE, NUMBER -> Conversion.LOSSLESS;
        default -> Conversion.INCOMPATIBLE;
      };
      case DOUBLE -> reader == ScalarKind.NUMBER ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
      case NUMBER -> reader == ScalarKind.DOUBLE || reader == ScalarKind.FLOAT
          ? Conversion.LOSSY : Conversion.INCOMPATIBLE;
      case UUID -> reader == ScalarKind.STRING ? Conversion.LOSSLESS : Conversion.INCOMPATIBLE;
      default -> Conversion.INCOMPATIBLE;
    };
  }

  private static Conversion decimal(DecimalType writer, DecimalType reader) {
    if (writer.precision() == reader.precision() && writer.scale() == reader.scale()) {
      return Conversion.IDENTICAL;
    }
    if (reader.precision() == 0) {
      return Conversion.LOSSLESS;
    }
    boolean integerDigitsFit = writer.precision() != 0
        && reader.precision() - reader.scale() >= writer.precision() - writer.scale();
    if (!integerDigitsFit) {
      return Conversion.INCOMPATIBLE; // large values overflow
    }
    return reader.scale() >= writer.scale() ? Conversion.LOSSLESS : Conversion.LOSSY;
  }
}
