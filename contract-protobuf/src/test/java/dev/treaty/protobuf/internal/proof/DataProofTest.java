package dev.treaty.protobuf.internal.proof;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.TextFormat;
import com.google.protobuf.UninitializedMessageException;
import dev.treaty.model.Classification;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.protobuf.internal.ParsedProtobufSchema;
import dev.treaty.protobuf.internal.ProtobufRules;
import dev.treaty.protobuf.internal.TestProtoc;
import dev.treaty.protobuf.internal.compare.Change;
import dev.treaty.protobuf.internal.compare.Comparison;
import dev.treaty.protobuf.internal.compare.Findings;
import dev.treaty.protobuf.internal.compare.PayloadScope;
import dev.treaty.protobuf.internal.conformance.BufCases;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A "compatible" verdict is a promise that data keeps its meaning; this test checks it with data.
 * For every pair Treaty compares — each rule fixture, and each message present on both sides of
 * each buf corpus case (as that message's payload) — and every direction Treaty calls compatible,
 * it generates messages with the writer's descriptor ({@link MessageGenerator}: fixed seeds, edge
 * values, every oneof case, unknown numbers of open enums), writes them in the binary encoding
 * and reads them with the reader's descriptor, and checks their meaning ({@link Meaning}). The
 * same messages also go through the text format, protobuf-java's name-based encoding: ProtoJSON
 * lives in protobuf-java-util, which Treaty does not depend on, so JSON is not round-tripped;
 * text exercises the same names and enum names (not {@code json_name}). Readers skip unknown
 * fields in both, as Treaty assumes readers do. There must be no counterexample.
 */
class DataProofTest {

  private static final int MESSAGES = 6;
  private static final TextFormat.Parser TEXT = TextFormat.Parser.newBuilder()
      .setAllowUnknownFields(true).build();
  /**
   * The text parser logs every unknown field it skips; skipping them is what readers do here, so
   * the warnings would only clutter the build output. Held so the setting is not collected.
   */
  private static final java.util.logging.Logger TEXT_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(
        TextFormat.class.getName());
    logger.setLevel(java.util.logging.Level.OFF);
    return logger;
  }

  @Test
  void compatibleMeansTheDataKeepsItsMeaning() throws IOException {
    Proof proof = new Proof();
    for (Path rule : list(Path.of("src/test/resources/protobuf/rules"))) {
      for (Path fixture : list(rule)) {
        JsonNode expected = new YAMLMapper().readTree(fixture.resolve("expected.yaml").toFile());
        String element = expected.has("element") ? expected.get("element").asText() : null;
        ParsedProtobufSchema older = (ParsedProtobufSchema) TestProtoc.read(
            fixture.resolve("old"), element);
        ParsedProtobufSchema newer = (ParsedProtobufSchema) TestProtoc.read(
            fixture.resolve("new"), element);
        List<Finding> findings = TestProtoc.format().compare(older, newer,
            EvolutionPolicy.STRICT);
        proof.pair(rule.getFileName() + "/" + fixture.getFileName(), older.root(), newer.root(),
            findings);
      }
    }
    for (Map.Entry<String, ProtoFiles[]> entry : BufCases.descriptorSets().entrySet()) {
      ProtoFiles previous = entry.getValue()[0];
      ProtoFiles current = entry.getValue()[1];
      List<Change> changes = Comparison.run(previous, current, ProtobufRules.ALL);
      for (Descriptor older : messages(previous)) {
        Descriptor newer = current.message(older.getFullName());
        if (newer == null || !current.isOwn(newer.getFile().getName())) {
          continue;
        }
        List<Finding> findings = Findings.of(changes, PayloadScope.of(older, newer), current);
        proof.pair(entry.getKey() + " " + older.getFullName(), older, newer, findings);
      }
    }
    System.out.printf(Locale.ROOT, "[treaty] data proof protobuf: %d pairs, %d directions "
            + "called compatible, %d messages written and read (binary and text format), %d "
            + "counterexamples%n", proof.pairs, proof.directions, proof.messages,
        proof.counterexamples.size());
    assertThat(proof.directions).as("directions proven").isGreaterThan(200);
    assertThat(proof.counterexamples).as("data that a compatible verdict fails to read")
        .isEmpty();
  }

  /**
   * The proof can fail: directions Treaty calls breaking because values change meaning do produce
   * counterexamples (the generator writes the values that break them).
   */
  @Test
  void breakingDirectionsHaveCounterexamples() {
    Map<String, String> breaking = Map.of(
        "protobuf.field.typeChangedSameWire/int64-to-int32", "backward",
        "protobuf.field.typeChangedSameWire/int32-to-int64", "forward",
        "protobuf.field.typeChangedSameEncoding/int32-to-uint32", "backward",
        "protobuf.enum.typeChanged/closed", "backward",
        "protobuf.field.presenceChanged/optional-added", "backward",
        "protobuf.field.defaultChanged/currency", "backward",
        "protobuf.oneof.fieldMoved/into-a-oneof", "backward",
        "protobuf.message.requiredFieldAdded/required-amount", "backward",
        "protobuf.oneof.memberAdded/wallet", "forward",
        "protobuf.oneof.memberDeleted/voucher", "backward");
    for (Map.Entry<String, String> entry : breaking.entrySet()) {
      Path fixture = Path.of("src/test/resources/protobuf/rules").resolve(entry.getKey());
      Descriptor older = ((ParsedProtobufSchema) TestProtoc.read(fixture.resolve("old"),
          "acme.orders.v1.OrderPlaced")).root();
      Descriptor newer = ((ParsedProtobufSchema) TestProtoc.read(fixture.resolve("new"),
          "acme.orders.v1.OrderPlaced")).root();
      Proof proof = new Proof();
      if (entry.getValue().equals("backward")) {
        proof.direction(entry.getKey(), older, newer);
      } else {
        proof.direction(entry.getKey(), newer, older);
      }
      assertThat(proof.counterexamples).as(entry.getKey() + " " + entry.getValue()).isNotEmpty();
    }
  }

  /** Runs the messages of each compatible direction, and collects what does not read. */
  private static final class Proof {
    int pairs;
    int directions;
    int messages;
    final List<String> counterexamples = new ArrayList<>();

    void pair(String name, Descriptor older, Descriptor newer, List<Finding> findings) {
      pairs++;
      if (verdict(findings, true) == Classification.COMPATIBLE) {
        direction(name + " backward", older, newer);
      }
      if (verdict(findings, false) == Classification.COMPATIBLE) {
        direction(name + " forward", newer, older);
      }
    }

    private void direction(String name, Descriptor writer, Descriptor reader) {
      directions++;
      for (int variant = 0; variant < MESSAGES; variant++) {
        MessageGenerator generator = new MessageGenerator(
            name.hashCode() * 31L + variant, variant);
        DynamicMessage written = generator.generate(writer);
        messages++;
        List<String> differences = new ArrayList<>();
        try {
          DynamicMessage read = DynamicMessage.parseFrom(reader, written.toByteArray());
          Meaning.compare(written, read, "binary", differences);
        } catch (InvalidProtocolBufferException e) {
          differences.add("binary: does not parse: " + e.getMessage());
        }
        try {
          DynamicMessage.Builder builder = DynamicMessage.newBuilder(reader);
          TEXT.merge(TextFormat.printer().printToString(written), builder);
          Meaning.compare(written, builder.build(), "text", differences);
        } catch (TextFormat.ParseException | UninitializedMessageException e) {
          differences.add("text: does not parse: " + e.getMessage());
        }
        for (String difference : differences) {
          counterexamples.add(name + " message " + variant + ": " + difference);
        }
      }
    }
  }

  private static Classification verdict(List<Finding> findings, boolean backward) {
    Classification result = Classification.COMPATIBLE;
    for (Finding finding : findings) {
      Classification c = backward ? finding.backward() : finding.forward();
      if (c != Classification.COMPATIBLE) {
        result = c;
      }
    }
    return result;
  }

  private static List<Descriptor> messages(ProtoFiles files) {
    List<Descriptor> all = new ArrayList<>();
    files.ownFiles().forEach(f -> f.getMessageTypes().forEach(m -> add(m, all)));
    return all;
  }

  private static void add(Descriptor message, List<Descriptor> all) {
    if (!message.getOptions().getMapEntry()) {
      all.add(message);
    }
    message.getNestedTypes().forEach(n -> add(n, all));
  }

  private static List<Path> list(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }
}
