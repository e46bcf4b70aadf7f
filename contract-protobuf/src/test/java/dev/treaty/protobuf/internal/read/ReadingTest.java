package dev.treaty.protobuf.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import dev.treaty.model.UnsupportedFeatureException;
import dev.treaty.protobuf.internal.ParsedProtobufSchema;
import dev.treaty.protobuf.internal.ProtobufFormat;
import dev.treaty.protobuf.internal.TestProtoc;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaResolver;
import dev.treaty.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading: descriptor sets and {@code .proto} source, the element, protoc's absence and
 * failures, and hostile input, which ends in a clear error that names the file and place.
 */
class ReadingTest {

  private static final String ORDERS = """
      syntax = "proto3";
      package acme.orders.v1;
      import "acme/common/v1/money.proto";
      message OrderPlaced {
        string order_id = 1;
        acme.common.v1.Money total = 2;
      }
      """;
  private static final String MONEY = """
      syntax = "proto3";
      package acme.common.v1;
      message Money {
        int64 units = 1;
        string currency = 2;
      }
      """;

  @Test
  void protoSourceImportsAreFoundBelowThePackageRoot() {
    SchemaResolver files = SchemaResolver.of(Map.of(
        "src/main/proto/acme/orders/v1/orders.proto", ORDERS.getBytes(StandardCharsets.UTF_8),
        "src/main/proto/acme/common/v1/money.proto", MONEY.getBytes(StandardCharsets.UTF_8)));
    ParsedSchema schema = TestProtoc.format().parse(SourceFile.ofText(
        "src/main/proto/acme/orders/v1/orders.proto", ORDERS), files, null);
    assertThat(((ParsedProtobufSchema) schema).root().getFullName())
        .isEqualTo("acme.orders.v1.OrderPlaced");
    assertThat(schema.sources()).extracting(SourceFile::location).containsExactly(
        "src/main/proto/acme/orders/v1/orders.proto", "src/main/proto/acme/common/v1/money.proto");
    assertThat(schema.formatId()).isEqualTo("protobuf");
  }

  @Test
  void descriptorSetsAreReadWithoutProtoc() throws IOException {
    byte[] set = descriptorSet();
    ProtobufFormat withoutProtoc = new ProtobufFormat(Optional::empty);
    ParsedSchema schema = withoutProtoc.parse(SourceFile.of("schema.binpb", set),
        SchemaResolver.none(), "acme.orders.v1.OrderPlaced");
    assertThat(((ParsedProtobufSchema) schema).root().getFullName())
        .isEqualTo("acme.orders.v1.OrderPlaced");
    ParsedSchema dotted = withoutProtoc.parse(SourceFile.of("schema.desc", set),
        SchemaResolver.none(), ".acme.common.v1.Money");
    assertThat(((ParsedProtobufSchema) dotted).root().getName()).isEqualTo("Money");
  }

  @Test
  void theCorpusDescriptorSetsBuild() throws IOException {
    Path set = Corpus.resolve("protobuf/buf/descriptors/current/breaking_field_same_type.binpb");
    ParsedProtobufSchema schema = (ParsedProtobufSchema) new ProtobufFormat(Optional::empty)
        .parse(SourceFile.of("breaking_field_same_type.binpb", Files.readAllBytes(set)),
            SchemaResolver.none(), "a.Two");
    assertThat(schema.files().ownFiles()).extracting(f -> f.getName())
        .doesNotContain("google/protobuf/descriptor.proto").contains("1.proto");
  }

  @Test
  void withoutProtocAProtoFileSaysHowToProvideIt() {
    ProtobufFormat withoutProtoc = new ProtobufFormat(Optional::empty);
    assertThatThrownBy(() -> withoutProtoc.parse(SourceFile.ofText("orders.proto", MONEY),
        SchemaResolver.none(), null))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessageContaining("orders.proto needs protoc")
        .hasMessageContaining("treaty.protoc").hasMessageContaining("TREATY_PROTOC")
        .hasMessageContaining("--descriptor_set_out");
  }

  @Test
  void aProtocThatIsNotExecutableIsAConfigurationError(@TempDir Path directory) {
    ProtobufFormat format = new ProtobufFormat(
        () -> Optional.of(new Protoc(directory.resolve("missing-protoc"))));
    assertThatThrownBy(() -> format.parse(SourceFile.ofText("money.proto", MONEY),
        SchemaResolver.none(), null))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("missing-protoc").hasMessageContaining("not an executable");
  }

  @Test
  void syntaxErrorsNameFileLineAndColumn() {
    assertThatThrownBy(() -> TestProtoc.compile("src/orders.proto", """
        syntax = "proto3";
        package acme.orders.v1;
        message OrderPlaced {
          string order_id = 1
          int64 amount = 2;
        }
        """, null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(Problem::location)
            .contains(new SourceLocation("src/orders.proto", 5, 3, null)))
        .hasMessageContaining("src/orders.proto:5:3");
  }

  @Test
  void missingImportsAndUnknownTypesArePlaced() {
    assertThatThrownBy(() -> TestProtoc.compile("orders.proto", ORDERS, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("orders.proto:3:1")
        .hasMessageContaining("acme/common/v1/money.proto");
    assertThatThrownBy(() -> TestProtoc.compile("orders.proto", """
        syntax = "proto3";
        message OrderPlaced { Money total = 1; }
        """, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("orders.proto:2:23").hasMessageContaining("\"Money\" is not defined");
  }

  @Test
  void theElementNamesAMessage() {
    String two = MONEY + "message Price { Money amount = 1; }\n";
    assertThatThrownBy(() -> TestProtoc.compile("money.proto", two, null))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("declares several messages (`acme.common.v1.Money`, "
            + "`acme.common.v1.Price`)");
    assertThatThrownBy(() -> TestProtoc.compile("money.proto", two, "acme.common.v1.Cost"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("`acme.common.v1.Cost` names no message")
        .hasMessageContaining("`acme.common.v1.Price`");
    assertThat(((ParsedProtobufSchema) TestProtoc.compile("money.proto", two,
        "acme.common.v1.Price")).root().getName()).isEqualTo("Price");
    assertThatThrownBy(() -> TestProtoc.compile("empty.proto",
        "syntax = \"proto3\";\npackage x;\n", null))
        .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("declares no message");
  }

  @Test
  void garbageIsNotADescriptorSet() {
    ProtobufFormat format = new ProtobufFormat(Optional::empty);
    for (byte[] bytes : new byte[][] {
        "{\"not\": \"protobuf\"}".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
        new byte[0], new byte[] {10, (byte) 0x80}}) {
      assertThatThrownBy(() -> format.parse(SourceFile.of("schema.binpb", bytes),
          SchemaResolver.none(), null))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("schema.binpb");
    }
  }

  @Test
  void aSetMissingAnImportOrHoldingACycleIsRejected() {
    FileDescriptorProto a = FileDescriptorProto.newBuilder().setName("a.proto")
        .addDependency("b.proto").build();
    FileDescriptorProto b = FileDescriptorProto.newBuilder().setName("b.proto")
        .addDependency("a.proto").build();
    ProtobufFormat format = new ProtobufFormat(Optional::empty);
    byte[] missing = FileDescriptorSet.newBuilder().addFile(a).build().toByteArray();
    assertThatThrownBy(() -> format.parse(SourceFile.of("set.binpb", missing),
        SchemaResolver.none(), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("lacks b.proto, which a.proto imports");
    byte[] cycle = FileDescriptorSet.newBuilder().addFile(a).addFile(b).build().toByteArray();
    assertThatThrownBy(() -> format.parse(SourceFile.of("set.binpb", cycle),
        SchemaResolver.none(), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cycle");
    FileDescriptorProto bad = FileDescriptorProto.newBuilder().setName("bad.proto")
        .addMessageType(DescriptorProto.newBuilder().setName("M").addField(
            FieldDescriptorProto.newBuilder().setName("f").setNumber(1)
                .setTypeName(".nowhere.Type"))).build();
    byte[] invalid = FileDescriptorSet.newBuilder().addFile(bad).build().toByteArray();
    assertThatThrownBy(() -> format.parse(SourceFile.of("set.binpb", invalid),
        SchemaResolver.none(), null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nowhere.Type");
  }

  @Test
  void deepNestingTerminates() {
    StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage deep;\n");
    int depth = 300;
    for (int i = 0; i < depth; i++) {
      text.append("message M").append(i).append(" { M").append(i + 1).append(" next = 1; }\n");
    }
    text.append("message M").append(depth).append(" { string leaf = 1; }\n");
    ParsedSchema schema = TestProtoc.compile("deep.proto", text.toString(), "deep.M0");
    assertThat(schema.model().root()).isNotNull();
    assertThat(TestProtoc.format().compare(schema, schema,
        dev.treaty.model.EvolutionPolicy.STRICT)).isEmpty();
  }

  @Test
  void deeplyNestedDefinitionsEndInAClearError() {
    DescriptorProto.Builder message = DescriptorProto.newBuilder().setName("M150");
    for (int i = 149; i >= 0; i--) {
      message = DescriptorProto.newBuilder().setName("M" + i).addNestedType(message);
    }
    byte[] set = FileDescriptorSet.newBuilder().addFile(FileDescriptorProto.newBuilder()
        .setName("deep.proto").addMessageType(message)).build().toByteArray();
    assertThatThrownBy(() -> new ProtobufFormat(Optional::empty).parse(
        SourceFile.of("deep.binpb", set), SchemaResolver.none(), "M0"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("deep.binpb is not a binary FileDescriptorSet");
  }

  @Test
  void wideSchemasCompareQuickly() {
    StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage wide;\nmessage W {\n");
    for (int i = 1; i <= 3000; i++) {
      text.append("  int32 f").append(i).append(" = ").append(i).append(";\n");
    }
    ParsedSchema older = TestProtoc.compile("wide.proto", text + "}\n", null);
    ParsedSchema newer = TestProtoc.compile("wide.proto",
        text.toString().replace("int32", "int64") + "}\n", null);
    long start = System.nanoTime();
    assertThat(TestProtoc.format().compare(older, newer,
        dev.treaty.model.EvolutionPolicy.STRICT)).hasSize(3000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aProtocThatHangsIsStopped(@TempDir Path directory) throws IOException {
    Path hanging = directory.resolve("protoc");
    Files.writeString(hanging, "#!/bin/sh\nexec sleep 30\n");
    Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
    Protoc slow = new Protoc(hanging, Duration.ofMillis(500));
    long start = System.nanoTime();
    assertThatThrownBy(() -> slow.compile(SourceFile.ofText("money.proto", MONEY),
        SchemaResolver.none()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("did not finish");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  /** The orders schema as a descriptor set, compiled by the build's protoc. */
  private static byte[] descriptorSet() {
    SchemaResolver files = SchemaResolver.of(Map.of(
        "acme/orders/v1/orders.proto", ORDERS.getBytes(StandardCharsets.UTF_8),
        "acme/common/v1/money.proto", MONEY.getBytes(StandardCharsets.UTF_8)));
    ProtoFiles compiled = TestProtoc.protoc().compile(SourceFile.ofText(
        "acme/orders/v1/orders.proto", ORDERS), files);
    FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
    compiled.allFiles().forEach(f -> set.addFile(f.toProto()));
    return set.build().toByteArray();
  }
}
