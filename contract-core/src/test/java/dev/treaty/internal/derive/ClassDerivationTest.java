package dev.treaty.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.treaty.Treaty;
import dev.treaty.internal.expectation.ExpectationReader;
import dev.treaty.internal.expectation.ExpectationWriter;
import dev.treaty.model.Expectation;
import dev.treaty.model.Expectation.FieldExpectation;
import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.SourceFile;
import dev.treaty.model.UnsupportedFeatureException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Class derivation, proven against the real ObjectMapper: each test derives an expectation and
 * then reads mutated payloads with the same mapper ({@link MapperAgreement}), so every rule is
 * shown to say what the mapper does. Treaty's payload check judges the same payloads and must
 * agree with the expectation too.
 */
class ClassDerivationTest {

  /** The consumer's mapper with Optional and java.time support, as most services have. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(StandInModules.optionals())
      .addModule(StandInModules.javaTime())
      .build();

  // ---- A consumer's event class, as fraud-scoring would have it --------------------------------

  enum Status { PLACED, @JsonProperty("cancelled") CANCELLED }

  record Money(BigDecimal value, String currency) {}

  record Line(String sku, int quantity, Money price) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Customer(String id, String country) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({@JsonSubTypes.Type(value = Card.class, name = "card"),
      @JsonSubTypes.Type(value = Paypal.class, name = "paypal")})
  interface Payment {}

  record Card(String number) implements Payment {}

  record Paypal(String email) implements Payment {}

  record OrderPlaced(
      @JsonProperty(required = true) String orderId, Status status, Money amount, int lineCount,
      Integer priority, Optional<String> note, OptionalInt rating, List<Line> lines,
      Map<String, String> attributes, Instant placedAt, Customer customer, boolean express,
      List<String> tags, Payment payment) {}

  static final String ORDER_PLACED = """
      {"orderId": "o-1", "status": "PLACED", "amount": {"value": 12.50, "currency": "EUR"},
       "lineCount": 1, "priority": 2, "note": "gift", "rating": 5,
       "lines": [{"sku": "A-1", "quantity": 2, "price": {"value": 6.25, "currency": "EUR"}}],
       "attributes": {"channel": "web"}, "placedAt": "2024-05-01T10:00:00Z",
       "customer": {"id": "c-1", "country": "DE"}, "express": true, "tags": ["new"],
       "payment": {"kind": "card", "number": "4111"}}
      """;

  @Test
  void derivesWhatTheConsumersMapperReads() {
    Expectation e = derive(OrderPlaced.class, MAPPER);
    String expected = """
        apiVersion: treaty.dev/v1
        kind: ConsumerExpectation
        consumer: fraud-scoring
        contract: payments.order-events
        extraFields: reject
        fields:
        """ + String.join("", List.of(
            field("amount", "record", false, true),
            field("amount.currency", "string", false, true),
            field("amount.value", "decimal", false, true),
            field("attributes", "map", false, true),
            field("\"attributes{}\"", "string", false, true),
            field("customer", "record", false, true) + "    extraFields: tolerate\n",
            field("customer.country", "string", false, true),
            field("customer.id", "string", false, true),
            field("express", "boolean", true, false),
            field("lineCount", "int32", true, false),
            field("lines", "array", false, true),
            field("\"lines[]\"", "record", false, true),
            field("\"lines[].price\"", "record", false, true),
            field("\"lines[].price.currency\"", "string", false, true),
            field("\"lines[].price.value\"", "decimal", false, true),
            field("\"lines[].quantity\"", "int32", true, false),
            field("\"lines[].sku\"", "string", false, true),
            field("note", "string", false, true),
            field("orderId", "string", true, true),
            field("payment", "any", false, true),
            field("payment<Card>", "record", false, false),
            field("payment<Card>.kind", "string", true, false)
                + "    values:\n      - card\n    unknownValues: reject\n",
            field("payment<Card>.number", "string", false, true),
            field("payment<Paypal>", "record", false, false),
            field("payment<Paypal>.email", "string", false, true),
            field("payment<Paypal>.kind", "string", true, false)
                + "    values:\n      - paypal\n    unknownValues: reject\n",
            field("placedAt", "timestamp", false, true),
            field("priority", "int32", false, true),
            field("rating", "int32", false, true),
            field("status", "string", false, true)
                + "    values:\n      - PLACED\n      - cancelled\n    unknownValues: reject\n",
            field("tags", "array", false, true),
            field("\"tags[]\"", "string", false, true)));
    assertThat(ExpectationWriter.yaml(e)).isEqualTo(expected);
  }

  @Test
  void everyDerivedRuleAgreesWithTheMapperOnMutatedPayloads() {
    Expectation e = derive(OrderPlaced.class, MAPPER);
    MapperAgreement.Result result = MapperAgreement.check(MAPPER, OrderPlaced.class, e, ORDER_PLACED);
    assertThat(result.disagreements()).isEmpty();
    // Primitives: absent or null, Jackson reads 0 or false without a word. The expectation calls
    // them required and not nullable, on purpose, and the payload check holds samples to that.
    assertThat(result.silentDefaults()).containsExactlyInAnyOrder("express", "lineCount", "lines[].quantity");
    assertThat(result.mutations()).hasSize(60).contains(
        "add unknown field at /: fails",
        "remove /orderId: fails",
        "remove /priority: reads",
        "unknown value at /status: fails",
        "add unknown field at /customer: reads",
        "add unknown field at /lines/0/price: fails",
        "null /tags/0: reads",
        "remove /payment/kind: fails",
        "unknown value at /payment/kind: fails");
  }

  @Test
  void aPrimitiveIsRequiredBecauseItsAbsenceReadsAsARealValue() throws IOException {
    record Counter(String id, int count, boolean active) {}
    Expectation e = derive(Counter.class, MAPPER);
    assertThat(field(e, "count").required()).isTrue();
    assertThat(field(e, "count").nullable()).isFalse();
    // absent and null both read as 0/false, indistinguishable from a producer that sent 0/false
    Counter explicit = MAPPER.readValue("{\"id\":\"a\",\"count\":0,\"active\":false}", Counter.class);
    assertThat(MAPPER.readValue("{\"id\":\"a\"}", Counter.class)).isEqualTo(explicit);
    assertThat(MAPPER.readValue("{\"id\":\"a\",\"count\":null,\"active\":null}", Counter.class)).isEqualTo(explicit);
    // ... and the payload check holds samples to the expectation
    assertThat(Treaty.checkPayload(e, "{\"id\":\"a\",\"count\":null}"))
        .extracting(p -> p.location().pointer() + " " + p.message())
        .containsExactly("/active `active` is missing; the consumer needs it.",
            "/count `count` is null; the consumer does not handle null.");
    // with FAIL_ON_NULL_FOR_PRIMITIVES the same expectation is derived, and the mapper fails loudly
    ObjectMapper strict = MAPPER.copy().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    assertThat(derive(Counter.class, strict)).isEqualTo(e);
    MapperAgreement.Result result = MapperAgreement.check(strict, Counter.class, e,
        "{\"id\":\"a\",\"count\":3,\"active\":true}");
    assertThat(result.disagreements()).isEmpty();
    assertThat(result.silentDefaults()).isEmpty();
  }

  @Test
  void strictCreatorFeaturesMakeFieldsRequiredAndNotNullable() {
    ObjectMapper strict = MAPPER.copy()
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    Expectation e = derive(OrderPlaced.class, strict);
    assertThat(e.fields()).filteredOn(f -> f.path().segments().size() == 1)
        .allSatisfy(f -> assertThat(f.required()).as(f.path().toString()).isTrue());
    // Optionals read null as empty, so FAIL_ON_NULL_CREATOR_PROPERTIES never fires for them
    assertThat(e.fields()).filteredOn(f -> f.path().segments().size() == 1 && f.nullable())
        .extracting(f -> f.path().toString()).containsExactly("note", "rating");
    MapperAgreement.Result result = MapperAgreement.check(strict, OrderPlaced.class, e, ORDER_PLACED);
    assertThat(result.disagreements()).isEmpty();
    assertThat(result.silentDefaults()).isEmpty();
  }

  @Test
  void aMapperThatIgnoresUnknownPropertiesToleratesExtraFields() {
    ObjectMapper lenient = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    Expectation e = derive(OrderPlaced.class, lenient);
    assertThat(e.extraFields()).isEqualTo(Tolerance.TOLERATE);
    assertThat(e.fields()).allSatisfy(f -> assertThat(f.extraFields()).isNull());
    assertThat(MapperAgreement.check(lenient, OrderPlaced.class, e, ORDER_PLACED).disagreements()).isEmpty();
  }

  @Test
  void theNamingStrategyDecidesTheNames() throws IOException {
    record ShipmentBooked(String shipmentId, int parcelCount, Map<String, String> carrierRefs) {}
    ObjectMapper snake = MAPPER.copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    Expectation e = derive(ShipmentBooked.class, snake);
    assertThat(paths(e)).containsExactly("carrier_refs", "carrier_refs{}", "parcel_count", "shipment_id");
    String payload = "{\"shipment_id\":\"s-1\",\"parcel_count\":2,\"carrier_refs\":{\"dhl\":\"x\"}}";
    assertThat(MapperAgreement.check(snake, ShipmentBooked.class, e, payload).disagreements()).isEmpty();
    // the Java names are unknown to this consumer: the mapper and the payload check both refuse them
    String camel = "{\"shipmentId\":\"s-1\",\"parcelCount\":2}";
    assertThatThrownBy(() -> snake.readValue(camel, ShipmentBooked.class)).hasMessageContaining("shipmentId");
    assertThat(Treaty.checkPayload(e, camel)).extracting(p -> p.message()).containsExactly(
        "`parcel_count` is missing; the consumer needs it.",
        "The payload has the field `shipmentId`, which the consumer does not know; it rejects unknown fields.",
        "The payload has the field `parcelCount`, which the consumer does not know; it rejects unknown fields.");
  }

  /** A classic bean: fields, setters, renames, ignored names, a declared-required setter property. */
  @JsonIgnoreProperties({"legacyCode"})
  static class Shipment {
    @JsonProperty("shipment_id")
    private String id;
    public String carrier;
    @JsonIgnore
    public String internalNote;
    @JsonProperty(required = true)
    public String trackingCode;
    private double weightKg;
    private final List<String> labels = new java.util.ArrayList<>();

    public void setId(String id) {
      this.id = id;
    }

    public String getId() {
      return id;
    }

    public void setWeightKg(double weightKg) {
      this.weightKg = weightKg;
    }

    public double getWeightKg() {
      return weightKg;
    }

    public List<String> getLabels() {
      return labels;
    }

    public String getDisplayName() {
      return carrier + " " + id;
    }
  }

  @Test
  void beansUseTheirSettersFieldsAndAnnotations() {
    Expectation e = derive(Shipment.class, MAPPER);
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type() + " " + (f.required() ? "required" : "optional")
        + (f.nullable() ? " nullable" : "")).containsExactly(
        "carrier string optional nullable",
        "internalNote any optional nullable",
        "labels array optional nullable",
        "labels[] string optional nullable",
        "legacyCode any optional nullable",
        "shipment_id string optional nullable",
        "trackingCode string required nullable",
        "weightKg double required");
    String payload = """
        {"shipment_id": "s-1", "carrier": "dhl", "trackingCode": "T1", "weightKg": 1.5,
         "labels": ["fragile"], "internalNote": "x", "legacyCode": "L"}""";
    MapperAgreement.Result result = MapperAgreement.check(MAPPER, Shipment.class, e, payload);
    assertThat(result.disagreements()).isEmpty();
    // Jackson enforces @JsonProperty(required = true) on creator parameters only; on a setter or
    // field it is the class's own statement that the consumer needs the field, and Treaty keeps it.
    assertThat(result.silentDefaults()).containsExactlyInAnyOrder("trackingCode", "weightKg");
    // a getter alone does not make a property the consumer reads: the mapper rejects it as unknown
    assertThatThrownBy(() -> MAPPER.readValue("{\"displayName\":\"x\"}", Shipment.class))
        .hasMessageContaining("Unrecognized field \"displayName\"");
  }

  static final class Parcel {
    final String id;
    final int weightGrams;
    final String note;

    @JsonCreator
    Parcel(@JsonProperty(value = "id", required = true) String id,
        @JsonProperty("grams") int weightGrams, @JsonProperty("note") String note) {
      this.id = id;
      this.weightGrams = weightGrams;
      this.note = note;
    }
  }

  @Test
  void creatorParametersAreReadAsTheCreatorNamesThem() {
    Expectation e = derive(Parcel.class, MAPPER);
    assertThat(paths(e)).containsExactly("grams", "id", "note");
    assertThat(field(e, "id").required()).isTrue();
    assertThat(field(e, "note").required()).isFalse();
    MapperAgreement.Result result = MapperAgreement.check(MAPPER, Parcel.class, e,
        "{\"id\":\"p\",\"grams\":5,\"note\":\"n\"}");
    assertThat(result.disagreements()).isEmpty();
    assertThat(result.silentDefaults()).containsExactly("grams"); // required on a creator is enforced
  }

  @Test
  void withoutTheJdk8ModuleOptionalCannotBeReadSoItCannotBeDerived() {
    record Note(Optional<String> text) {}
    assertThatThrownBy(() -> derive(Note.class, new ObjectMapper()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("Cannot derive an expectation from " + Note.class.getName() + ": `text` is "
            + "java.util.Optional<java.lang.String>, which this ObjectMapper cannot read (Java 8 optional "
            + "type `java.util.Optional<java.lang.String>` not supported by default: add Module "
            + "\"com.fasterxml.jackson.datatype:jackson-datatype-jdk8\" to enable handling (or disable "
            + "`MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_OPTIONALS`)). Register the module on the mapper you "
            + "pass to Treaty.");
  }

  @Test
  void withoutTheJsr310ModuleJavaTimeCannotBeReadSoItCannotBeDerived() {
    record Delivered(Instant at) {}
    assertThatThrownBy(() -> derive(Delivered.class, new ObjectMapper()))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("Cannot derive an expectation from " + Delivered.class.getName() + ": `at` is "
            + "java.time.Instant, which this ObjectMapper cannot read (Java 8 date/time type "
            + "`java.time.Instant` not supported by default: add Module "
            + "\"com.fasterxml.jackson.datatype:jackson-datatype-jsr310\" to enable handling (or disable "
            + "`MapperFeature.REQUIRE_HANDLERS_FOR_JAVA8_TIMES`)). Register the module on the mapper you "
            + "pass to Treaty.");
  }

  record Basket(List<String> tags, Set<Integer> codes, int[] counts, String[] names,
      @JsonSetter(contentNulls = Nulls.FAIL) List<String> strictTags,
      Map<String, List<Integer>> matrix, Map<Status, Integer> byStatus, byte[] blob, char[] letters) {}

  @Test
  void collectionsArraysAndMapsDescribeTheirElementsAndValues() {
    Expectation e = derive(Basket.class, MAPPER);
    assertThat(e.fields()).extracting(f -> f.path() + " " + f.type() + (f.nullable() ? " nullable" : ""))
        .containsExactly(
            "blob bytes nullable",
            "byStatus map nullable",
            "byStatus{} int32 nullable",
            "codes array nullable",
            "codes[] int32 nullable",
            "counts array nullable",
            "counts[] int32",
            "letters string nullable",
            "matrix map nullable",
            "matrix{} array nullable",
            "matrix{}[] int32 nullable",
            "names array nullable",
            "names[] string nullable",
            "strictTags array nullable",
            "strictTags[] string",
            "tags array nullable",
            "tags[] string nullable");
    String payload = """
        {"tags": ["a"], "codes": [1], "counts": [3], "names": ["n"], "strictTags": ["s"],
         "matrix": {"row": [1, 2]}, "byStatus": {"PLACED": 1}, "blob": "AQID", "letters": "abc"}""";
    MapperAgreement.Result result = MapperAgreement.check(MAPPER, Basket.class, e, payload);
    assertThat(result.disagreements()).isEmpty();
    assertThat(result.silentDefaults()).containsExactly("counts[]"); // a null int element reads as 0
  }

  record Category(String name, List<Category> children, Category parent) {}

  @Test
  void recursiveTypesAreDescribedOncePerPath() {
    Expectation e = derive(Category.class, MAPPER);
    assertThat(paths(e)).containsExactly("children", "children[]", "name", "parent");
    String payload = """
        {"name": "root", "children": [{"name": "leaf", "children": [], "parent": null}], "parent": null}""";
    assertThat(MapperAgreement.check(MAPPER, Category.class, e, payload).disagreements()).isEmpty();
  }

  enum Carrier {
    DHL("dhl"), UPS("ups");

    private final String code;

    Carrier(String code) {
      this.code = code;
    }

    @JsonValue
    String code() {
      return code;
    }
  }

  enum Priority { LOW, HIGH, @JsonEnumDefaultValue NORMAL }

  record Dispatch(Status status, Carrier carrier, Priority priority,
      @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) Priority fallbackPriority,
      List<Status> history) {}

  static final String DISPATCH = """
      {"status": "cancelled", "carrier": "ups", "priority": "HIGH", "fallbackPriority": "LOW",
       "history": ["PLACED", "cancelled"]}""";

  @Test
  void enumsListTheNamesTheMapperReadsAndRejectUnknownOnesByDefault() {
    Expectation e = derive(Dispatch.class, MAPPER);
    assertThat(e.fields()).filteredOn(f -> !f.values().isEmpty())
        .extracting(f -> f.path() + " " + f.values() + " " + f.unknownValues().label())
        .containsExactly(
            "carrier [dhl, ups] reject",
            "fallbackPriority [LOW, HIGH, NORMAL] tolerate",
            "history[] [PLACED, cancelled] reject",
            "priority [LOW, HIGH, NORMAL] reject",
            "status [PLACED, cancelled] reject");
    assertThat(MapperAgreement.check(MAPPER, Dispatch.class, e, DISPATCH).disagreements()).isEmpty();
  }

  @Test
  void aDefaultEnumValueToleratesUnknownValuesOnlyWhenTheMapperUsesIt() {
    ObjectMapper defaults = MAPPER.copy().enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
    Expectation e = derive(Dispatch.class, defaults);
    assertThat(field(e, "priority").unknownValues()).isEqualTo(Tolerance.TOLERATE);
    assertThat(field(e, "status").unknownValues()).isEqualTo(Tolerance.REJECT); // no default constant
    assertThat(MapperAgreement.check(defaults, Dispatch.class, e, DISPATCH).disagreements()).isEmpty();

    ObjectMapper asNull = MAPPER.copy().enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    Expectation tolerant = derive(Dispatch.class, asNull);
    assertThat(tolerant.fields()).filteredOn(f -> !f.values().isEmpty())
        .allSatisfy(f -> assertThat(f.unknownValues()).isEqualTo(Tolerance.TOLERATE));
    assertThat(MapperAgreement.check(asNull, Dispatch.class, tolerant, DISPATCH).disagreements()).isEmpty();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Address(String city) {}

  record Contact(String email) {}

  static final class Extras {
    public String known;
    final Map<String, Object> rest = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String name, Object value) {
      rest.put(name, value);
    }
  }

  record Profile(Address address, @JsonIgnoreProperties(ignoreUnknown = true) Contact lenientContact,
      Contact contact, Extras extras) {}

  @Test
  void unknownFieldsAreRejectedExceptWhereTheClassOrPropertyIgnoresThem() {
    Expectation e = derive(Profile.class, MAPPER);
    assertThat(e.extraFields()).isEqualTo(Tolerance.REJECT);
    assertThat(e.fields()).filteredOn(f -> f.type() != null && f.type().base().equals("record"))
        .extracting(f -> f.path() + " " + (f.extraFields() == null ? "inherits" : f.extraFields().label()))
        .containsExactly("address tolerate", "contact inherits", "extras tolerate", "lenientContact tolerate");
    String payload = """
        {"address": {"city": "Berlin"}, "lenientContact": {"email": "a@b"}, "contact": {"email": "c@d"},
         "extras": {"known": "k"}}""";
    assertThat(MapperAgreement.check(MAPPER, Profile.class, e, payload).disagreements()).isEmpty();
  }

  record Scalars(String text, char letter, Character boxedLetter, boolean flag, byte tiny, short small,
      int count, long big, BigInteger huge, float ratio, double share, BigDecimal amount, Number any,
      byte[] blob, UUID id, LocalDate day, LocalTime clock, Instant instant, OffsetDateTime offset,
      ZonedDateTime zoned, LocalDateTime local, Date legacy, URI link, Locale locale, Object free,
      JsonNode tree) {}

  @Test
  void javaTypesReadAsTheirTreatyTypes() throws IOException {
    Expectation e = derive(Scalars.class, MAPPER);
    Map<String, String> types = new LinkedHashMap<>();
    e.fields().forEach(f -> types.put(f.path().toString(), f.type() + (f.constraints().isEmpty() ? ""
        : " " + f.constraints())));
    assertThat(types).containsExactly(
        Map.entry("amount", "decimal"), Map.entry("any", "number"), Map.entry("big", "int64"),
        Map.entry("blob", "bytes"), Map.entry("boxedLetter", "string maxLength=1"),
        Map.entry("clock", "time"), Map.entry("count", "int32"), Map.entry("day", "date"),
        Map.entry("flag", "boolean"), Map.entry("free", "any"), Map.entry("huge", "integer"),
        Map.entry("id", "uuid"), Map.entry("instant", "timestamp"), Map.entry("legacy", "timestamp"),
        Map.entry("letter", "string maxLength=1"), Map.entry("link", "string"), Map.entry("local", "local-timestamp"),
        Map.entry("locale", "string"), Map.entry("offset", "timestamp"), Map.entry("ratio", "float"),
        Map.entry("share", "double"), Map.entry("small", "int32 minimum=-32768, maximum=32767"),
        Map.entry("text", "string"), Map.entry("tiny", "int32 minimum=-128, maximum=255"),
        Map.entry("tree", "any"), Map.entry("zoned", "timestamp"));
    String payload = """
        {"text": "t", "letter": "a", "boxedLetter": "b", "flag": true, "tiny": 255, "small": -32768,
         "count": 1, "big": 9007199254740993, "huge": 123456789012345678901234567890, "ratio": 0.5,
         "share": 0.25, "amount": 12.50, "any": 3, "blob": "AQID", "id": "7f1b0c9e-2d4c-4e8a-9c51-0b6a3f3d2a10",
         "day": "2024-05-01", "clock": "10:15:30", "instant": "2024-05-01T10:00:00Z",
         "offset": "2024-05-01T12:00:00+02:00", "zoned": "2024-05-01T12:00:00+02:00",
         "local": "2024-05-01T12:00:00", "legacy": "2024-05-01T10:00:00.000+00:00", "link": "https://x.test/a",
         "locale": "de_DE", "free": {"x": [1]}, "tree": [true]}""";
    assertThat(Treaty.checkPayload(e, payload)).isEmpty();
    MapperAgreement.Result result = MapperAgreement.check(MAPPER, Scalars.class, e, payload);
    assertThat(result.disagreements()).isEmpty();
    // The bounds are Jackson's: 255 reads as a byte (as -1), 256 does not; a char takes one character.
    for (String outOfRange : List.of("{\"tiny\": 256}", "{\"small\": 32768}")) {
      assertThatThrownBy(() -> MAPPER.readValue(outOfRange, Scalars.class)).as(outOfRange)
          .hasMessageContaining("out of range");
    }
    assertThatThrownBy(() -> MAPPER.readValue("{\"letter\": \"ab\"}", Scalars.class))
        .hasMessageContaining("1-character String");
    assertThat(Treaty.checkPayload(e, payload.replace("\"tiny\": 255", "\"tiny\": 256")
        .replace("\"letter\": \"a\"", "\"letter\": \"ab\""))).extracting(p -> p.message()).containsExactly(
        "`letter` has length 2, above maxLength 1.",
        "`tiny` is the number 256, above the maximum 255.");
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
      visible = true, defaultImpl = UnknownEvent.class)
  @JsonSubTypes({@JsonSubTypes.Type(value = Created.class, name = "created"),
      @JsonSubTypes.Type(value = Deleted.class, names = {"deleted", "removed"})})
  abstract static class Event {
    public String type;
    public String id;
  }

  static final class Created extends Event {
    public String name;
  }

  static final class Deleted extends Event {
    public String reason;
  }

  /** Events this consumer does not know: it skips them. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class UnknownEvent extends Event {}

  @Test
  void polymorphicTypesBecomeOneBranchPerSubtypeWithItsIds() {
    Expectation e = derive(Event.class, MAPPER);
    assertThat(e.fields()).extracting(f -> f.path() + (f.required() ? " required" : "")
        + (f.values().isEmpty() ? "" : " " + f.values() + " " + f.unknownValues().label())
        + (f.extraFields() == null ? "" : " extra " + f.extraFields().label()))
        .containsExactly(
            "<Created>",
            "<Created>.id",
            "<Created>.name",
            "<Created>.type required [created] reject",
            "<Deleted>",
            "<Deleted>.id",
            "<Deleted>.reason",
            "<Deleted>.type required [deleted, removed] reject",
            "<UnknownEvent> extra tolerate",
            "<UnknownEvent>.id",
            "<UnknownEvent>.type");
    for (String payload : List.of(
        "{\"type\": \"created\", \"id\": \"1\", \"name\": \"n\"}",
        "{\"type\": \"removed\", \"id\": \"2\", \"reason\": \"r\"}",
        "{\"type\": \"archived\", \"id\": \"3\", \"whatever\": true}")) {
      MapperAgreement.Result result = MapperAgreement.check(MAPPER, Event.class, e, payload);
      assertThat(result.disagreements()).as(payload).isEmpty();
    }
  }

  @Test
  void aTypeIdWithoutADefaultSubtypeIsRequiredAndRejectsUnknownIds() throws IOException {
    Expectation e = derive(OrderPlaced.class, MAPPER);
    assertThat(field(e, "payment<Card>.kind").required()).isTrue();
    assertThatThrownBy(() -> MAPPER.readValue("{\"payment\": {\"kind\": \"cash\"}}", OrderPlaced.class))
        .hasMessageContaining("Could not resolve type id 'cash'");
    assertThat(Treaty.checkPayload(e, "{\"orderId\": \"o\", \"lineCount\": 1, \"express\": true, "
        + "\"payment\": {\"kind\": \"cash\"}}")).extracting(p -> p.message()).containsExactly(
        "`payment` matches none of the branches the consumer handles (Card, Paypal); the closest is reported.",
        "`payment<Card>.kind` is the string \"cash\", which the consumer does not handle; it handles card.");
  }

  @Test
  void unsupportedPolymorphismIsRefusedNotGuessed() {
    record Till(Tender tender) {}
    assertThatThrownBy(() -> derive(Till.class, MAPPER))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("Cannot derive an expectation from " + Till.class.getName() + ": `tender` is "
            + Tender.class.getName() + ", polymorphic with @JsonTypeInfo(use = NAME, include = "
            + "WRAPPER_OBJECT); Treaty derives polymorphic types with use = NAME or SIMPLE_NAME and "
            + "include = PROPERTY or EXISTING_PROPERTY only. Declare this expectation with "
            + "Expectation.builder(...) instead.");
    record Anything(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object value) {}
    assertThatThrownBy(() -> derive(Anything.class, MAPPER))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("`value` is java.lang.Object, polymorphic with @JsonTypeInfo(use = CLASS, "
            + "include = PROPERTY)");
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
  @JsonSubTypes(@JsonSubTypes.Type(value = Cash.class, name = "cash"))
  abstract static class Tender {}

  static final class Cash extends Tender {}

  @Test
  void unwrappedPropertiesAreRefusedNotGuessed() {
    record Name(String first, String last) {}
    record Person(@JsonUnwrapped Name name, String email) {}
    assertThatThrownBy(() -> derive(Person.class, MAPPER))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("Cannot derive an expectation from " + Person.class.getName() + ": the payload is a "
            + "class with the @JsonUnwrapped property `name`, which Treaty does not derive. Declare this "
            + "expectation with Expectation.builder(...) instead.");
  }

  @Test
  void objectsReadFromArraysAreRefusedNotGuessed() {
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record Point(int x, int y) {}
    record Route(Point start) {}
    assertThatThrownBy(() -> derive(Route.class, MAPPER))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("Cannot derive an expectation from " + Route.class.getName() + ": `start` is "
            + Point.class.getName() + ", read from a JSON array (@JsonFormat(shape = ARRAY)), which Treaty "
            + "does not derive. Declare this expectation with Expectation.builder(...) instead.");
  }

  enum Level {
    LOW(1), HIGH(2);

    private final int code;

    Level(int code) {
      this.code = code;
    }

    @JsonValue
    int code() {
      return code;
    }
  }

  @Test
  void enumsReadFromNumbersAreRefusedNotGuessed() {
    record Alert(Level level) {}
    assertThatThrownBy(() -> derive(Alert.class, MAPPER))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("Cannot derive an expectation from " + Alert.class.getName() + ": `level` is the enum "
            + Level.class.getName() + ", which this ObjectMapper reads from no JSON string; Treaty derives "
            + "enums read from strings only. Declare this expectation with Expectation.builder(...) instead.");
  }

  static final class MoneyText {
    final String text;

    MoneyText(String text) {
      this.text = text;
    }
  }

  static final class MoneyTextDeserializer extends JsonDeserializer<MoneyText> {
    @Override
    public MoneyText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return new MoneyText(parser.getValueAsString());
    }
  }

  static final class Sku {
    final String value;

    @JsonCreator
    Sku(String value) {
      this.value = value;
    }
  }

  @Test
  void aCustomDeserializerLeavesTheTypeOpenAndADelegatingCreatorReadsItsDelegate() {
    record Priced(@JsonDeserialize(using = MoneyTextDeserializer.class) MoneyText price, Sku sku) {}
    Expectation e = derive(Priced.class, MAPPER);
    assertThat(field(e, "price").type()).isNull();
    assertThat(field(e, "sku").type()).hasToString("string");
    assertThat(ExpectationWriter.yaml(e)).contains("  - path: price\n    required: false\n");
    assertThat(MapperAgreement.check(MAPPER, Priced.class, e, "{\"price\": \"EUR 5\", \"sku\": \"A-1\"}")
        .disagreements()).isEmpty();
  }

  @Test
  void theDerivedBuilderIsRefinedLikeAnyOther() {
    Expectation e = ClassDerivation.derive(OrderPlaced.class, MAPPER, "fraud-scoring", "payments.order-events")
        .versions("^2.0.0")
        .purpose("score every order before capture")
        .refine("amount.value", f -> f.required().nonNull().minimum(0))
        .without("attributes")
        .build();
    assertThat(e.versions()).hasToString("^2.0.0");
    assertThat(field(e, "amount.value").constraints().minimum()).isEqualByComparingTo("0");
    assertThat(paths(e)).doesNotContain("attributes", "attributes{}");
  }

  @Test
  void derivedExpectationsWriteReadBackAndValidateAgainstThePublishedSchema() throws IOException {
    Expectation e = derive(OrderPlaced.class, MAPPER);
    String yaml = ExpectationWriter.yaml(e);
    assertThat(ExpectationReader.read(SourceFile.ofText("derived.yaml", yaml))).isEqualTo(e);
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream(ExpectationReader.SCHEMA_RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    assertThat(validator.validate(new YAMLMapper().readTree(yaml))).isEmpty();
  }

  @Test
  void theFacadeDerivesWithADefaultMapperToo() {
    record Ping(String id, int sequence) {}
    Expectation e = Treaty.deriveExpectation(Ping.class, "monitor", "ops.pings").build();
    assertThat(e.extraFields()).isEqualTo(Tolerance.REJECT);
    assertThat(paths(e)).containsExactly("id", "sequence");
    assertThat(Treaty.deriveExpectation(Ping.class, MAPPER, "monitor", "ops.pings").build()).isEqualTo(e);
  }

  @Test
  void namesAreCheckedBeforeAnythingIsDerived() {
    assertThatThrownBy(() -> ClassDerivation.derive(OrderPlaced.class, MAPPER, "fraud scoring", "k"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("Consumer \"fraud scoring\" must be 1 to 128 letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit.");
  }

  private static Expectation derive(Class<?> type, ObjectMapper mapper) {
    return ClassDerivation.derive(type, mapper, "fraud-scoring", "payments.order-events").build();
  }

  private static FieldExpectation field(Expectation e, String path) {
    return e.field(FieldPath.parse(path)).orElseThrow(() -> new AssertionError("no field " + path));
  }

  private static List<String> paths(Expectation e) {
    return e.fields().stream().map(f -> f.path().toString()).toList();
  }

  private static String field(String path, String type, boolean required, boolean nullable) {
    return "  - path: " + path + "\n    type: " + type + "\n    required: " + required + "\n    nullable: "
        + nullable + "\n";
  }
}
