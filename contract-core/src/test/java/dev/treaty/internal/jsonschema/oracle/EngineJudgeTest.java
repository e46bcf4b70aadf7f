package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.treaty.model.Classification;
import dev.treaty.model.DataType;
import dev.treaty.model.EvolutionPolicy;
import dev.treaty.model.FieldPath;
import dev.treaty.model.Finding;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.RuleDescriptor;
import dev.treaty.model.SchemaModel;
import dev.treaty.model.SourceFile;
import dev.treaty.spi.ParsedSchema;
import dev.treaty.spi.SchemaFormat;
import dev.treaty.spi.SchemaResolver;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** How the engine's findings become verdicts, with a stand-in format (the engine lives elsewhere). */
class EngineJudgeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SchemaPair pair() throws IOException {
    return new SchemaPair("p", JSON.readTree("{\"type\": \"string\"}"), JSON.readTree("{\"type\": \"integer\"}"));
  }

  private static Finding finding(String rule, Classification backward, Classification forward) {
    return new Finding(rule, FieldPath.parse("a.b"), "/properties/a", null, null, "message", null,
        backward, forward);
  }

  @Test
  void aDirectionFailsWhenAnyFindingFailsInIt() throws IOException {
    EngineJudge judge = new EngineJudge(new StandInFormat((previous, current) -> List.of(
        finding("json.type.changed", Classification.BREAKING, Classification.COMPATIBLE),
        finding("json.other.thing", Classification.COMPATIBLE, Classification.COMPATIBLE))),
        EvolutionPolicy.STRICT);
    Judgement.Judged judged = (Judgement.Judged) judge.judge(pair());
    assertThat(judged.backward()).isEqualTo(new Judgement.Verdict(false, List.of("json.type.changed a.b BREAKING")));
    assertThat(judged.forward()).isEqualTo(Judgement.Verdict.passes());
  }

  @Test
  void undecidableFailsToo() throws IOException {
    EngineJudge judge = new EngineJudge(new StandInFormat((previous, current) -> List.of(
        finding("json.not.undecidable", Classification.COMPATIBLE, Classification.UNDECIDABLE))),
        EvolutionPolicy.STRICT);
    Judgement.Judged judged = (Judgement.Judged) judge.judge(pair());
    assertThat(judged.backward().compatible()).isTrue();
    assertThat(judged.forward().compatible()).isFalse();
  }

  @Test
  void passesTheSchemasInOrderAsFiles() throws IOException {
    StandInFormat format = new StandInFormat((previous, current) -> {
      assertThat(previous.source().location()).isEqualTo("old.json");
      assertThat(previous.source().text()).isEqualTo("{\"type\":\"string\"}");
      assertThat(current.source().location()).isEqualTo("new.json");
      assertThat(current.source().text()).isEqualTo("{\"type\":\"integer\"}");
      return List.of();
    });
    assertThat(new EngineJudge(format, EvolutionPolicy.STRICT).judge(pair()))
        .isEqualTo(new Judgement.Judged(Judgement.Verdict.passes(), Judgement.Verdict.passes()));
  }

  @Test
  void anEngineThatRefusesTheInputGivesNoVerdict() throws IOException {
    EngineJudge judge = new EngineJudge(new StandInFormat((previous, current) -> {
      throw new InvalidInputException("bad schema", List.<Problem>of());
    }), EvolutionPolicy.STRICT);
    assertThat(judge.judge(pair())).isInstanceOf(Judgement.NoVerdict.class);
  }

  /** Parses anything; compares with the given function. */
  private record StandInFormat(BiFunction<ParsedSchema, ParsedSchema, List<Finding>> comparison)
      implements SchemaFormat {

    @Override
    public String id() {
      return EngineJudge.FORMAT_ID;
    }

    @Override
    public String rulePrefix() {
      return "json";
    }

    @Override
    public Set<String> fileExtensions() {
      return Set.of(".json");
    }

    @Override
    public ParsedSchema parse(SourceFile source, SchemaResolver resolver, @Nullable String element) {
      return new ParsedSchema() {
        @Override
        public String formatId() {
          return EngineJudge.FORMAT_ID;
        }

        @Override
        public SourceFile source() {
          return source;
        }

        @Override
        public List<SourceFile> sources() {
          return List.of(source);
        }

        @Override
        public SchemaModel model() {
          return SchemaModel.of(new DataType.AnyType());
        }
      };
    }

    @Override
    public List<Finding> compare(ParsedSchema previous, ParsedSchema current, EvolutionPolicy policy) {
      return comparison.apply(previous, current);
    }

    @Override
    public List<RuleDescriptor> rules() {
      return List.of();
    }
  }
}
