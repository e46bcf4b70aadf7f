package dev.treaty.testing;

import static dev.treaty.model.Classification.BREAKING;
import static dev.treaty.model.Classification.COMPATIBLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.treaty.model.Classification;
import dev.treaty.model.Constraints;
import dev.treaty.model.DataType;
import dev.treaty.model.DataType.Field;
import dev.treaty.model.DataType.RecordType;
import dev.treaty.model.DataType.ScalarKind;
import dev.treaty.model.DataType.ScalarType;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately tiny schema format for testing the engine without a real one: a {@code .fake}
 * file is YAML mapping field names to {@code type} (a scalar kind) and {@code required}; flat
 * records only. Fields may {@code include} another file, to test file references.
 */
public final class FakeFormat implements SchemaFormat {

  public static final RuleDescriptor REMOVED = RuleDescriptor.of("fake.field.removed",
      "A field was removed.", COMPATIBLE, BREAKING);
  public static final RuleDescriptor ADDED = RuleDescriptor.of("fake.field.added",
      "A field was added.", COMPATIBLE, COMPATIBLE);
  public static final RuleDescriptor TYPE = RuleDescriptor.of("fake.field.typeChanged",
      "A field changed type.", BREAKING, BREAKING);

  @Override
  public String id() {
    return "fake";
  }

  @Override
  public String rulePrefix() {
    return "fake";
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of(".fake");
  }

  @Override
  public ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element) {
    List<SourceFile> sources = new ArrayList<>();
    sources.add(source);
    List<Field> fields = new ArrayList<>();
    read(source, resolver, fields, sources);
    SchemaModel model = SchemaModel.of(new RecordType("Fake", fields, null, Constraints.NONE));
    return new Parsed(source, List.copyOf(sources), model);
  }

  private static void read(SourceFile source, SchemaResolver resolver, List<Field> fields,
      List<SourceFile> sources) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(source.bytes());
    } catch (IOException e) {
      throw new InvalidInputException(source.location() + " is not a fake schema",
          List.of(new Problem(SourceLocation.of(source.location()), "not YAML")), e);
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (entry.getKey().equals("include")) {
        SourceFile included = resolver.findRelative(source, entry.getValue().asText())
            .orElseThrow(() -> new InvalidInputException(source.location() + " includes a missing file",
                List.of(new Problem(SourceLocation.of(source.location()), "missing include"))));
        sources.add(included);
        read(included, resolver, fields, sources);
        continue;
      }
      ScalarKind kind = ScalarKind.valueOf(entry.getValue().path("type").asText("string")
          .toUpperCase(Locale.ROOT));
      DataType type = ScalarType.of(kind);
      if (entry.getValue().path("nullable").asBoolean(false)) {
        type = DataType.UnionType.nullable(type);
      }
      fields.add(Field.of(entry.getKey(), type, entry.getValue().path("required").asBoolean(true)));
    }
  }

  @Override
  public List<Finding> compare(ParsedSchema previous, ParsedSchema current, EvolutionPolicy policy) {
    RecordType before = (RecordType) previous.model().root();
    RecordType after = (RecordType) current.model().root();
    List<Finding> out = new ArrayList<>();
    for (Field field : before.fields()) {
      Field now = after.field(field.name());
      FieldPath path = FieldPath.ofFields(field.name());
      if (now == null) {
        out.add(finding(REMOVED, path, field.type().typeName(), null,
            "Field `" + field.name() + "` was removed."));
      } else if (!now.type().equals(field.type())) {
        out.add(finding(TYPE, path, field.type().typeName(), now.type().typeName(),
            "Field `" + field.name() + "` changed type from " + field.type().typeName() + " to "
                + now.type().typeName() + "."));
      }
    }
    for (Field field : after.fields()) {
      if (before.field(field.name()) == null) {
        Classification backward = field.required() ? BREAKING : COMPATIBLE;
        out.add(new Finding(ADDED.id(), FieldPath.ofFields(field.name()), null, null,
            field.type().typeName(), "Field `" + field.name() + "` was added.", null, backward, COMPATIBLE));
      }
    }
    out.sort(null);
    return out;
  }

  private static Finding finding(RuleDescriptor rule, FieldPath path, @Nullable String oldValue,
      @Nullable String newValue, String message) {
    return new Finding(rule.id(), path, null, oldValue, newValue, message, null, rule.backward(),
        rule.forward());
  }

  @Override
  public List<RuleDescriptor> rules() {
    return List.of(REMOVED, ADDED, TYPE);
  }

  private record Parsed(SourceFile source, List<SourceFile> sources, SchemaModel model)
      implements ParsedSchema {
    @Override
    public String formatId() {
      return "fake";
    }
  }
}
