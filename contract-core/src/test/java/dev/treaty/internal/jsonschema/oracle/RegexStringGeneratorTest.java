package dev.treaty.internal.jsonschema.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexStringGeneratorTest {

  @ParameterizedTest
  @ValueSource(strings = {"^[A-Z]{3}-\\d{4}$", "^(cat|dog|bird)s?$", "^[^a-z]+$", "^\\w+@\\w+\\.com$",
      "^[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}$", "^\\p{Lu}\\p{Ll}*$", "^\\u00e9+$",
      "^(?:ab|cd){2,3}$", "^[\\d.]+$", "^a.c$", "^\\s*x\\s*$", "^[a-z]*$", "^x{0}y$",
      "^(?<year>\\d{4})-(?<month>0[1-9]|1[0-2])$", "^$", "S_", "^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$"})
  void everyStringMatchesAndShortestComesFirst(String regex) {
    List<String> strings = RegexStringGenerator.generate(regex, 8, 7L);
    Pattern pattern = Pattern.compile(regex);
    assertThat(strings).isNotEmpty().doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(8)
        .allMatch(s -> pattern.matcher(s).find(), "matches " + regex);
  }

  @Test
  void expandsEveryAlternative() {
    assertThat(RegexStringGenerator.generate("^(red|green|blue)$", 8, 1L))
        .contains("red", "green", "blue");
  }

  @Test
  void expandsQuantifiersShortestThenLonger() {
    List<String> strings = RegexStringGenerator.generate("^a{2,5}$", 8, 1L);
    assertThat(strings.get(0)).isEqualTo("aa");
    assertThat(strings).contains("aaa", "aaaaa");
  }

  @Test
  void aNegatedClassAvoidsItsMembers() {
    assertThat(RegexStringGenerator.generate("^[^aA0_]$", 4, 1L)).allMatch(s -> s.length() == 1
        && "aA0_".indexOf(s.charAt(0)) < 0);
  }

  @Test
  void aBackReferenceFallsBackToThePool() {
    // the generator does not expand \1, so only pool strings can match, such as ten a's
    assertThat(RegexStringGenerator.generate("(a)\\1", 8, 1L)).contains("aaaaaaaaaa");
  }

  @Test
  void anInvalidExpressionGivesNothing() {
    assertThat(RegexStringGenerator.generate("[", 8, 1L)).isEmpty();
  }

  @Test
  void theSameSeedGivesTheSameStrings() {
    assertThat(RegexStringGenerator.generate("^[a-z]{1,9}[0-9]*$", 8, 42L))
        .isEqualTo(RegexStringGenerator.generate("^[a-z]{1,9}[0-9]*$", 8, 42L));
  }
}
