package dev.treaty.internal.derive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Asks the consumer's own mapper what it does, instead of re-implementing Jackson's rules: reads a
 * small JSON text through one deserializer, or evaluates a null/absent-value hook, in a fresh
 * deserialization context configured exactly like the mapper's. Whatever Jackson throws means
 * "the consumer's reading fails here".
 */
final class JacksonProbe {

  /** What happened: the value read, or a failure. */
  record Outcome(boolean failed, @Nullable Object value) {
    static final Outcome FAILED = new Outcome(true, null);
  }

  /** A Jackson hook evaluated in a context. */
  @FunctionalInterface
  interface Hook {
    @Nullable Object call(DeserializationContext context) throws IOException;
  }

  private final ObjectMapper mapper;

  JacksonProbe(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads {@code json} (one JSON value) with {@code deserializer}. */
  Outcome read(JsonDeserializer<?> deserializer, String json) {
    return evaluate(json, context -> {
      context.getParser().nextToken();
      return deserializer.deserialize(context.getParser(), context);
    });
  }

  /** Evaluates a hook such as a null-value provider, with a parser positioned on {@code null}. */
  Outcome call(Hook hook) {
    return evaluate("null", context -> {
      context.getParser().nextToken();
      return hook.call(context);
    });
  }

  private Outcome evaluate(String json, Hook hook) {
    try (JsonParser parser = mapper.createParser(json)) {
      DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
          .createInstance(mapper.getDeserializationConfig(), parser, mapper.getInjectableValues());
      return new Outcome(false, hook.call(context));
    } catch (IOException | RuntimeException e) {
      // Jackson signals "cannot read this" with JsonMappingException (an IOException) and, from
      // some value instantiators and converters, with unchecked exceptions: both mean the read fails.
      return Outcome.FAILED;
    }
  }
}
