package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FormatSamplesTest {

  static Iterable<String> formats() {
    return FormatSamples.formats();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void everySampleIsValidForItsFormat(String format) {
    IndependentValidator validator = new IndependentValidator(
        JsonNodeFactory.instance.objectNode().put("type", "string").put("format", format));
    assertThat(FormatSamples.of(format)).isNotEmpty().allSatisfy(sample ->
        assertThat(validator.accepts(TextNode.valueOf(sample)))
            .as("%s is a valid %s: %s", sample, format, validator.errors(TextNode.valueOf(sample))).isTrue());
  }
}
