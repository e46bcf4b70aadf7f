package dev.treaty.internal.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes plain document values (maps, lists, strings, numbers, booleans) as YAML or JSON, the same
 * bytes every time. YAML output quotes every string that a YAML reader could take for something
 * else (numbers, booleans, null, dates), so that values stay strings on the way back.
 */
public final class DocumentWriter {

  private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .stringQuotingChecker(new QuoteTimestamps())
      .build());
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private DocumentWriter() {}

  /**
   * YAML 1.1 readers turn unquoted {@code 2022-10-03} into a date, which ODCS forbids (its dates
   * are strings); Jackson's default checker does not quote them, so this one does.
   */
  private static final class QuoteTimestamps extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([Tt \\t].*)?");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || TIMESTAMP.matcher(value).matches();
    }
  }

  /**
   * Writes a value as YAML.
   *
   * @param value plain values
   * @return the YAML text, ending with a line break
   */
  public static String yaml(@Nullable Object value) {
    try {
      return YAML.writeValueAsString(PlainValues.toNode(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("plain values always serialize; this is a bug", e);
    }
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value plain values
   * @return the JSON text, ending with a line break
   */
  public static String json(@Nullable Object value) {
    try {
      return JSON.writeValueAsString(PlainValues.toNode(value)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("plain values always serialize; this is a bug", e);
    }
  }
}
