package dev.treaty.protobuf.internal;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.model.SourceFile;
import dev.treaty.model.UnsupportedFeatureException;
import dev.treaty.protobuf.internal.compare.Change;
import dev.treaty.protobuf.internal.compare.Comparison;
import dev.treaty.protobuf.internal.compare.Findings;
import dev.treaty.protobuf.internal.compare.PayloadScope;
import dev.treaty.protobuf.internal.read.DescriptorSetReader;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.protobuf.internal.read.Protoc;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Protocol Buffers. Reads a binary {@code FileDescriptorSet} ({@code .binpb}, {@code .desc},
 * {@code .pb}) with protobuf-java, or {@code .proto} source through the protoc that
 * {@value Protoc#PROPERTY} names; maps the payload's message into the neutral model; and compares
 * two versions with buf's breaking-change rules ({@link ProtobufRule}), restricted to what
 * concerns the payload and classified per direction.
 */
public final class ProtobufFormat implements SchemaFormat {

  /** The format's id. */
  public static final String ID = "protobuf";

  private static final int LISTED = 20;

  private final Supplier<Optional<Protoc>> protoc;

  /** The format as {@link java.util.ServiceLoader} creates it: protoc from the environment. */
  public ProtobufFormat() {
    this(Protoc::fromEnvironment);
  }

  /**
   * The format with a given way to find protoc (tests use it to run without one).
   *
   * @param protoc finds the protoc to compile {@code .proto} files with, or none
   */
  public ProtobufFormat(Supplier<Optional<Protoc>> protoc) {
    this.protoc = protoc;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String rulePrefix() {
    return "protobuf";
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of(".binpb", ".desc", ".pb", ".proto");
  }

  @Override
  public ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element) {
    ProtoFiles files = isProtoSource(source) ? compile(source, resolver)
        : DescriptorSetReader.read(source);
    return new ParsedProtobufSchema(files, root(files, source, element));
  }

  private ProtoFiles compile(SourceFile source, SchemaResolver resolver) {
    Protoc compiler = protoc.get().orElseThrow(() -> new UnsupportedFeatureException(
        "Reading " + source.location() + " needs protoc, which protobuf-java lacks: set the "
            + "system property " + Protoc.PROPERTY + " (or the environment variable "
            + Protoc.ENVIRONMENT + ") to a protoc executable, such as the "
            + "com.google.protobuf:protoc artifact for your platform from Maven Central; or "
            + "give Treaty a descriptor set instead (protoc --include_imports "
            + "--include_source_info --descriptor_set_out=schema.binpb ...)."));
    return compiler.compile(source, resolver);
  }

  private static boolean isProtoSource(SourceFile source) {
    return source.location().toLowerCase(Locale.ROOT).endsWith(".proto");
  }

  /** The element's message, or the single top-level message when no element is named. */
  private static Descriptor root(ProtoFiles files, SourceFile source, @Nullable String element) {
    List<Descriptor> candidates = new ArrayList<>();
    FileDescriptor rootFile = files.rootFile();
    for (FileDescriptor file : rootFile == null ? files.ownFiles() : List.of(rootFile)) {
      candidates.addAll(file.getMessageTypes());
    }
    if (element != null && !element.isBlank()) {
      String name = element.strip().startsWith(".") ? element.strip().substring(1)
          : element.strip();
      Descriptor message = files.message(name);
      if (message == null) {
        throw new InvalidDefinitionException("Schema element `" + element + "` names no message "
            + "in " + source.location() + "; name a message by its full name, such as "
            + listed(candidates) + ".");
      }
      return message;
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new InvalidDefinitionException(source.location() + " declares no message; a "
          + "Protobuf contract's payload is a message.");
    }
    throw new InvalidDefinitionException(source.location() + " declares several messages ("
        + listed(candidates) + "); name the payload's message as the contract's element.");
  }

  private static String listed(List<Descriptor> messages) {
    if (messages.isEmpty()) {
      return "`acme.orders.v1.OrderPlaced`";
    }
    String names = messages.stream().limit(LISTED).map(m -> "`" + m.getFullName() + "`")
        .collect(Collectors.joining(", "));
    return messages.size() > LISTED ? names + " and " + (messages.size() - LISTED) + " more"
        : names;
  }

  @Override
  public List<Finding> compare(ParsedSchema previous, ParsedSchema current,
      EvolutionPolicy policy) {
    ParsedProtobufSchema older = own(previous);
    ParsedProtobufSchema newer = own(current);
    List<Change> changes = Comparison.run(older.files(), newer.files(), ProtobufRules.ALL);
    return Findings.of(changes, PayloadScope.of(older.root(), newer.root()), newer.files());
  }

  @Override
  public List<RuleDescriptor> rules() {
    return ProtobufRule.descriptors();
  }

  private static ParsedProtobufSchema own(ParsedSchema schema) {
    if (schema instanceof ParsedProtobufSchema protobuf) {
      return protobuf;
    }
    throw new InvalidDefinitionException("A " + schema.formatId() + " schema cannot be compared "
        + "by the " + ID + " format; compare schemas of one format.");
  }
}
