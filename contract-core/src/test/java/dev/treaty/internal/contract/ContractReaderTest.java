package dev.treaty.internal.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.internal.document.DocumentWriter;
import dev.treaty.model.CompatibilityMode;
import dev.treaty.model.Contract;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.testing.Corpus;
import dev.treaty.testing.OfficialOdcsSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ContractReaderTest {

  static Stream<Path> corpusExamples() throws IOException {
    try (Stream<Path> files = Files.walk(Corpus.resolve("odcs/examples"))) {
      return files.filter(p -> p.toString().endsWith(".odcs.yaml")).sorted().toList().stream();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyOdcsExampleReadsAndRoundTrips() throws IOException {
    List<Path> examples = corpusExamples().toList();
    assertThat(examples).hasSize(18);
    return examples.stream().map(path -> DynamicTest.dynamicTest(
        Corpus.resolve("odcs/examples").relativize(path).toString(), () -> {
          Contract contract = ContractReader.read(SourceFile.of(path.getFileName().toString(),
              Files.readAllBytes(path)));
          assertThat(contract.id()).isNotBlank();
          assertThat(contract.version()).isNotBlank();

          String written = DocumentWriter.yaml(contract.document());
          Contract reread = ContractReader.read(SourceFile.ofText("written.odcs.yaml", written));
          assertThat(reread.document()).isEqualTo(contract.document());
          assertThat(DocumentWriter.yaml(reread.document())).isEqualTo(written);
          assertThat(OfficialOdcsSchema.validate(written)).isEmpty();
        }));
  }

  @Test
  void modelsTheFieldsTreatyUses() throws IOException {
    Path path = Corpus.resolve("odcs/examples/all/full-example.odcs.yaml");
    Contract contract = ContractReader.read(SourceFile.of("full-example.odcs.yaml", Files.readAllBytes(path)));
    assertThat(contract.apiVersion()).isEqualTo("v3.1.0");
    assertThat(contract.status()).isEqualTo("active");
    assertThat(contract.domain()).contains("seller");
    assertThat(contract.dataProduct()).contains("my quantum");
    assertThat(contract.team()).hasValueSatisfying(team -> {
      assertThat(team.name()).isEqualTo("my-team");
      assertThat(team.members()).extracting(Contract.TeamMember::username)
          .containsExactly("ceastwood", "mhopper", "daustin");
    });
    assertThat(contract.description()).hasValueSatisfying(d ->
        assertThat(d.purpose()).isEqualTo("Views built on top of the seller tables."));
    assertThat(contract.schema()).extracting(Contract.SchemaObject::name).containsExactly("tbl", "receivers");
    Contract.SchemaObject table = contract.schema().get(0);
    Contract.Property country = table.propertiesByPath().get(FieldPath.parse("rcvr_cntry_code"));
    assertThat(country.classification()).isEqualTo("public");
    assertThat(country.quality()).singleElement().satisfies(rule -> {
      assertThat(rule.metric()).isEqualTo("nullValues");
      assertThat(rule.dimension()).isEqualTo("completeness");
      assertThat(rule.attributes()).containsEntry("mustBe", 0L);
    });
    assertThat(table.propertiesByPath().get(FieldPath.parse("transaction_reference_date")).logicalType())
        .isEqualTo("date");
    assertThat(contract.slaProperties()).extracting(Contract.SlaProperty::property)
        .contains("latency", "retention");
    assertThat(contract.customProperty("refRulesetName")).contains("gcsc.ruleset.name");
    assertThat(contract.compatibility()).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(contract.policy()).isEqualTo(EvolutionPolicy.STRICT);
    // Fields Treaty does not model are kept.
    assertThat(contract.document()).containsKeys("price", "roles", "support", "servers", "contractCreatedTs");
  }

  @Test
  void datesStayStrings() throws IOException {
    Path path = Corpus.resolve("odcs/examples/fundamentals/table-column-description.odcs.yaml");
    Contract contract = ContractReader.read(SourceFile.of("t.odcs.yaml", Files.readAllBytes(path)));
    String written = DocumentWriter.yaml(contract.document());
    assertThat(OfficialOdcsSchema.validate(written)).isEmpty();
    assertThat(contract.document().toString()).doesNotContain("java.time");
  }

  @Test
  void readsTreatySettingsAndBindings() {
    Contract contract = read("""
        apiVersion: v3.1.0
        kind: DataContract
        id: payments.order-events
        version: 2.1.0
        status: active
        schema:
          - name: OrderPlaced
            physicalType: topic
        customProperties:
          - {property: treaty.schema, value: ../json/order-placed.schema.json#/$defs/OrderPlaced}
          - {property: treaty.compatibility, value: FULL_TRANSITIVE}
          - {property: treaty.policy, value: lenient}
        """);
    assertThat(contract.compatibility()).isEqualTo(CompatibilityMode.FULL_TRANSITIVE);
    assertThat(contract.policy()).isEqualTo(EvolutionPolicy.LENIENT);
    assertThat(contract.bindings()).containsOnlyKeys("OrderPlaced");
    Contract.SchemaBinding binding = contract.bindings().get("OrderPlaced");
    assertThat(binding.location()).isEqualTo("../json/order-placed.schema.json");
    assertThat(binding.element()).isEqualTo("/$defs/OrderPlaced");
    assertThat(binding.format()).isNull();
  }

  @Test
  void builtContractsAreValidOdcs() {
    Contract contract = Contract.builder("payments.order-events", "1.0.0")
        .name("Order events").domain("payments").team("payments-core")
        .purpose("Order lifecycle events")
        .schemaObject("OrderPlaced", "topic", "order-placed.schema.json")
        .compatibility(CompatibilityMode.BACKWARD_TRANSITIVE)
        .build();
    String yaml = DocumentWriter.yaml(contract.document());
    assertThat(OfficialOdcsSchema.validate(yaml)).isEmpty();
    Contract reread = read(yaml);
    assertThat(reread.compatibility()).isEqualTo(CompatibilityMode.BACKWARD_TRANSITIVE);
    assertThat(reread.bindings().get("OrderPlaced").location()).isEqualTo("order-placed.schema.json");
    assertThat(reread.withVersion("1.1.0").version()).isEqualTo("1.1.0");
    assertThat(reread.withCustomProperty("treaty.compatibility", "NONE").compatibility())
        .isEqualTo(CompatibilityMode.NONE);
    assertThat(reread.compatibility()).isEqualTo(CompatibilityMode.BACKWARD_TRANSITIVE);
  }

  @Test
  void trickyStringsStayStringsOnTheWayBack() {
    Contract contract = Contract.builder("x", "1.0.0")
        .customProperty("a", "2022-10-03").customProperty("b", "yes").customProperty("c", "1.0")
        .customProperty("d", "null").customProperty("e", "0x1F").customProperty("f", "on")
        .customProperty("g", "multi\nline").customProperty("h", "# not a comment")
        .customProperty("i", "key: value").customProperty("j", "2022-10-03T10:00:00Z").build();
    Contract reread = read(DocumentWriter.yaml(contract.document()));
    assertThat(reread.document()).isEqualTo(contract.document());
  }

  @Test
  void reportsYamlSyntaxErrorsWithLineAndColumn() {
    InvalidInputException error = invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: [unclosed
        version: 1.0.0
        """);
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().source()).isEqualTo("bad.odcs.yaml");
      assertThat(p.location().line()).isBetween(3, 5);
      assertThat(p.location().column()).isPositive();
    });
    assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("at com.");
  }

  @Test
  void reportsEveryMissingOrWrongFieldAtOnce() {
    InvalidInputException error = invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0
        stauts: active
        schema:
          - name: Orders
            properties:
              - name: qty
                logicalType: int
                required: "yes"
        customProperties:
          - {property: treaty.compatibility, value: SIDEWAYS}
        """);
    assertThat(error.problems()).extracting(Problem::toString).containsExactly(
        "bad.odcs.yaml:1:1: Missing required field `status`.",
        "bad.odcs.yaml:4:10: `version` must be a string, found the number 1.0 (quote it in YAML, e.g. \"1.0\").",
        "bad.odcs.yaml:5:9: Unknown field `stauts`; did you mean `status`?",
        "bad.odcs.yaml:10:22: `schema[0].properties[0].logicalType` must be one of string, date, "
            + "timestamp, time, number, integer, object, array, boolean, found \"int\".",
        "bad.odcs.yaml:11:19: `schema[0].properties[0].required` must be true or false, found \"yes\".",
        "bad.odcs.yaml:13:45: `customProperties[0].value` must be one of BACKWARD, BACKWARD_TRANSITIVE, "
            + "FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE, found \"SIDEWAYS\".");
  }

  @Test
  void rejectsDuplicateKeysAndDuplicateNames() {
    assertThat(invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        id: orders2
        version: 1.0.0
        status: active
        """).problems()).singleElement().satisfies(p -> {
          assertThat(p.message()).contains("Duplicate field 'id'");
          assertThat(p.location().line()).isEqualTo(4);
        });
    assertThat(invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema:
          - name: A
            properties: [{name: x}, {name: x}]
          - name: A
        """).problems()).extracting(Problem::message).containsExactly(
            "Property `x` is defined twice in the same object; names must be unique.",
            "Schema object `A` is defined twice (also at schema[0]); names must be unique.");
  }

  @Test
  void treatySettingsAppearOnce() {
    assertThat(invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        customProperties:
          - {property: treaty.schema, value: a.schema.json}
          - {property: treaty.schema, value: b.schema.json}
        """).problems()).singleElement().satisfies(p -> {
          assertThat(p.location().line()).isEqualTo(8);
          assertThat(p.message()).isEqualTo("`treaty.schema` is set twice (also at index 0); keep one.");
        });
  }

  @Test
  void aContractLevelBindingMustBeUnambiguous() {
    assertThat(invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active
        schema: [{name: A}, {name: B}]
        customProperties:
          - {property: treaty.schema, value: orders.schema.json}
        """).problems()).singleElement().satisfies(p -> {
          assertThat(p.location().line()).isEqualTo(8);
          assertThat(p.message()).contains("cannot say which of the 2 schema objects");
        });
  }

  @Test
  void rejectsIdsThatCannotBeStoredSafely() {
    assertThat(invalid("""
        apiVersion: v3.1.0
        kind: DataContract
        id: ../../etc/passwd
        version: 1.0.0
        status: active
        """).problems()).singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(3));
  }

  @Test
  void survivesHostileYaml() {
    String laughs = "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
        + "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]\nj: [*i,*i,*i,*i,*i,*i,*i,*i,*i,*i]\n";
    assertThat(invalid(laughs).problems()).isNotEmpty();
    String deep = "a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
    assertThat(invalid(deep).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("nested too deeply"));
    assertThat(invalid("").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("empty"));
    assertThat(invalid("- just\n- a list\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("found a list"));
    assertThat(invalid("a: 1\n---\nb: 2\n").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("one document"));
  }

  @Test
  void pointsAtForbiddenCharactersAndNonUtf8Bytes() {
    assertThat(invalid("apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: a\u0001b\n")
        .problems()).singleElement().satisfies(p -> {
          assertThat(p.location().line()).isEqualTo(5);
          assertThat(p.location().column()).isEqualTo(10);
          assertThat(p.message()).isEqualTo("The file has a character YAML does not allow (U+0001); "
              + "remove it, or write it as an escape in a double-quoted string.");
        });
    byte[] latin1 = "apiVersion: v3.1.0\nkind: DataContract\nid: x\nversion: 1.0.0\nstatus: caf\u00e9 noir\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    InvalidInputException error = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ContractReader.read(SourceFile.of("latin1.odcs.yaml", latin1)));
    assertThat(error.problems()).singleElement().satisfies(p -> {
      assertThat(p.location().line()).isEqualTo(5);
      assertThat(p.message()).isEqualTo(
          "The file is not valid UTF-8 (Treaty reads documents as UTF-8); save it as UTF-8.");
    });
  }

  @Test
  void refusesYamlTooLargeToReadQuickly() {
    String big = "a: " + "x".repeat(5 * 1024 * 1024) + "\n";
    assertThat(invalid(big).problems()).singleElement().satisfies(p ->
        assertThat(p.message()).startsWith("The file is 5.0 MB; Treaty reads YAML documents of up to 4 MB"));
  }

  private static Contract read(String yaml) {
    return ContractReader.read(SourceFile.ofText("test.odcs.yaml", yaml));
  }

  private static InvalidInputException invalid(String yaml) {
    return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ContractReader.read(SourceFile.ofText("bad.odcs.yaml", yaml)));
  }

  @Test
  void invalidHelperReallyThrows() {
    assertThatThrownBy(() -> ContractReader.read(SourceFile.ofText("bad.odcs.yaml", "x: 1")))
        .isInstanceOf(InvalidInputException.class);
  }
}
