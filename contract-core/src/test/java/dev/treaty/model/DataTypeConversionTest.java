package dev.treaty.model;

import static dev.treaty.model.DataType.Conversion.IDENTICAL;
import static dev.treaty.model.DataType.Conversion.INCOMPATIBLE;
import static dev.treaty.model.DataType.Conversion.LOSSLESS;
import static dev.treaty.model.DataType.Conversion.LOSSY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.DataType.Conversion;
import dev.treaty.model.DataType.DecimalType;
import dev.treaty.model.DataType.EnumType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.DataType.TimestampType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DataTypeConversionTest {

  private static ScalarType s(ScalarKind kind) {
    return ScalarType.of(kind);
  }

  @TestFactory
  Stream<DynamicTest> conversionTable() {
    return Stream.of(
            row(s(ScalarKind.INT32), s(ScalarKind.INT32), IDENTICAL),
            row(s(ScalarKind.INT32), s(ScalarKind.INT64), LOSSLESS),
            row(s(ScalarKind.INT32), s(ScalarKind.DOUBLE), LOSSLESS),
            row(s(ScalarKind.INT32), s(ScalarKind.FLOAT), LOSSY),
            row(s(ScalarKind.INT64), s(ScalarKind.INT32), INCOMPATIBLE),
            row(s(ScalarKind.INT64), s(ScalarKind.DOUBLE), LOSSY),
            row(s(ScalarKind.INT64), s(ScalarKind.INTEGER), LOSSLESS),
            row(s(ScalarKind.FLOAT), s(ScalarKind.DOUBLE), LOSSLESS),
            row(s(ScalarKind.DOUBLE), s(ScalarKind.FLOAT), INCOMPATIBLE),
            row(s(ScalarKind.STRING), s(ScalarKind.INT64), INCOMPATIBLE),
            row(s(ScalarKind.UUID), s(ScalarKind.STRING), LOSSLESS),
            row(s(ScalarKind.STRING), s(ScalarKind.UUID), INCOMPATIBLE),
            row(new EnumType("Status", List.of("A"), null), s(ScalarKind.STRING), LOSSLESS),
            row(new DecimalType(10, 2, Constraints.NONE), new DecimalType(12, 2, Constraints.NONE), LOSSLESS),
            row(new DecimalType(10, 2, Constraints.NONE), new DecimalType(10, 4, Constraints.NONE), INCOMPATIBLE),
            row(new DecimalType(10, 4, Constraints.NONE), new DecimalType(12, 2, Constraints.NONE), LOSSY),
            row(new DecimalType(10, 2, Constraints.NONE), s(ScalarKind.DOUBLE), LOSSY),
            row(s(ScalarKind.INT32), new DecimalType(10, 0, Constraints.NONE), LOSSLESS),
            row(s(ScalarKind.INT64), new DecimalType(18, 0, Constraints.NONE), INCOMPATIBLE),
            row(new TimestampType(TimeUnit.MILLIS, true), new TimestampType(TimeUnit.MICROS, true), INCOMPATIBLE),
            row(new TimestampType(TimeUnit.MILLIS, true), new TimestampType(TimeUnit.MILLIS, false), INCOMPATIBLE),
            row(new TimestampType(TimeUnit.MICROS, true), new TimestampType(TimeUnit.MICROS, true), IDENTICAL),
            row(s(ScalarKind.DATE), new TimestampType(TimeUnit.MILLIS, true), INCOMPATIBLE))
        .map(r -> DynamicTest.dynamicTest(r.writer.typeName() + " as " + r.reader.typeName(),
            () -> assertThat(DataType.conversion(r.writer, r.reader)).isEqualTo(r.expected)));
  }

  /** Checks the table's claims about value preservation on real boundary values. */
  @Test
  void losslessWideningKeepsBoundaryValuesExactly() {
    for (long value : new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1}) {
      assertThat((double) (int) value).isEqualTo((double) value);
      assertThat(BigDecimal.valueOf((long) (double) (int) value)).isEqualTo(BigDecimal.valueOf(value));
    }
    // int32 -> float rounds (LOSSY): 2^24 + 1 is not a float.
    assertThat((int) (float) 16_777_217).isNotEqualTo(16_777_217);
    // int64 -> double rounds (LOSSY): 2^53 + 1 is not a double.
    long big = (1L << 53) + 1;
    assertThat((long) (double) big).isNotEqualTo(big);
    // int64 needs 19 decimal digits, so decimal(18,0) overflows (INCOMPATIBLE).
    assertThat(new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE)).precision()).isEqualTo(19);
  }

  @Test
  void nullableUnionsAndTheirNonNullPart() {
    DataType nullableString = DataType.UnionType.nullable(s(ScalarKind.STRING));
    assertThat(nullableString.isNullable()).isTrue();
    assertThat(nullableString.withoutNull()).isEqualTo(s(ScalarKind.STRING));
    assertThat(DataType.UnionType.nullable(nullableString)).isEqualTo(nullableString);
    assertThat(nullableString.typeName()).isEqualTo("union<null,string>");
  }

  private record Row(DataType writer, DataType reader, Conversion expected) {}

  private static Row row(DataType writer, DataType reader, Conversion expected) {
    return new Row(writer, reader, expected);
  }
}
