package dev.treaty.internal.derive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Small stand-ins for jackson-datatype-jdk8 and jackson-datatype-jsr310, which the build does not
 * depend on. They behave as the real modules do where the derivation looks (verified against
 * jackson-datatype-jdk8 2.22): Optional and OptionalInt are reference types; null and absence read
 * as empty; java.time types read from ISO-8601 text.
 */
final class StandInModules {

  private StandInModules() {}

  /** Optional and OptionalInt, as jackson-datatype-jdk8's Jdk8Module reads them. */
  static Module optionals() {
    return new SimpleModule("treaty-test-optionals") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addTypeModifier(new TypeModifier() {
          @Override
          public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory factory) {
            if (type.isReferenceType() || type.isContainerType()) {
              return type;
            }
            if (type.getRawClass() == Optional.class) {
              return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
            }
            if (type.getRawClass() == OptionalInt.class) {
              return ReferenceType.upgradeFrom(type, factory.constructType(int.class));
            }
            return type;
          }
        });
        context.addDeserializers(new Deserializers.Base() {
          @Override
          public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
              BeanDescription description, TypeDeserializer contentTypeDeserializer,
              JsonDeserializer<?> contentDeserializer) {
            if (type.hasRawClass(Optional.class)) {
              return new OptionalDeserializer(type, contentTypeDeserializer, contentDeserializer);
            }
            if (type.hasRawClass(OptionalInt.class)) {
              return new OptionalIntDeserializer();
            }
            return null;
          }
        });
      }
    };
  }

  /** java.time types from ISO-8601 text, as jackson-datatype-jsr310's JavaTimeModule reads them. */
  static Module javaTime() {
    SimpleModule module = new SimpleModule("treaty-test-java-time");
    module.addDeserializer(LocalDate.class, new TextDeserializer<>(LocalDate.class, LocalDate::parse));
    module.addDeserializer(LocalTime.class, new TextDeserializer<>(LocalTime.class, LocalTime::parse));
    module.addDeserializer(LocalDateTime.class, new TextDeserializer<>(LocalDateTime.class, LocalDateTime::parse));
    module.addDeserializer(Instant.class, new TextDeserializer<>(Instant.class, Instant::parse));
    module.addDeserializer(OffsetDateTime.class, new TextDeserializer<>(OffsetDateTime.class, OffsetDateTime::parse));
    module.addDeserializer(ZonedDateTime.class, new TextDeserializer<>(ZonedDateTime.class, ZonedDateTime::parse));
    return module;
  }

  private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType type, TypeDeserializer typeDeserializer, JsonDeserializer<?> content) {
      super(type, null, typeDeserializer, content);
    }

    @Override
    protected ReferenceTypeDeserializer<Optional<?>> withResolved(TypeDeserializer typeDeserializer,
        JsonDeserializer<?> content) {
      return new OptionalDeserializer(_fullType, typeDeserializer, content);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }
  }

  private static final class OptionalIntDeserializer extends StdScalarDeserializer<OptionalInt> {
    private static final long serialVersionUID = 1L;

    OptionalIntDeserializer() {
      super(OptionalInt.class);
    }

    @Override
    public OptionalInt deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return OptionalInt.of(_parseIntPrimitive(parser, context));
    }

    @Override
    public OptionalInt getNullValue(DeserializationContext context) {
      return OptionalInt.empty();
    }
  }

  private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = parser.getValueAsString();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        return context.reportInputMismatch(this, "Cannot read %s from \"%s\"", handledType().getSimpleName(), text);
      }
    }
  }
}
