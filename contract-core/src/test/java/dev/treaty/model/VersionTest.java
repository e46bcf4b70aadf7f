package dev.treaty.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class VersionTest {

  @Test
  void sortsBySemanticVersionPrecedence() {
    List<Version> versions = new ArrayList<>(Stream.of("1.10.0", "1.2.0", "1.2.0-rc.1", "1.2.0-alpha",
        "1.2.0-alpha.10", "1.2.0-alpha.2", "2", "0.9.9", "1.2.0-alpha.beta").map(Version::parse).toList());
    versions.sort(null);
    assertThat(versions).extracting(Version::text).containsExactly("0.9.9", "1.2.0-alpha",
        "1.2.0-alpha.2", "1.2.0-alpha.10", "1.2.0-alpha.beta", "1.2.0-rc.1", "1.2.0", "1.10.0", "2");
  }

  @Test
  void missingPartsCountAsZeroAndBuildMetadataIsIgnored() {
    assertThat(Version.parse("2").sameAs(Version.parse("2.0.0"))).isTrue();
    assertThat(Version.parse("v2.1").sameAs(Version.parse("2.1.0+build.7"))).isTrue();
    assertThat(Version.parse("2.1.0+build.7")).hasToString("2.1.0+build.7");
  }

  @Test
  void rejectsWhatIsNotAVersion() {
    for (String text : new String[] {"", "latest", "1.2.3.4", "01.2", "1.2-", "1..2", "../1"}) {
      assertThat(Version.isValid(text)).as(text).isFalse();
      assertThatThrownBy(() -> Version.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("semantic version");
    }
  }

  @TestFactory
  Stream<DynamicTest> rangesFollowNpmSemantics() {
    return Stream.of(
            new Object[] {"*", "0.0.1", true}, new Object[] {"*", "9.9.9", true},
            new Object[] {"2.x", "2.0.0", true}, new Object[] {"2.x", "2.99.1", true},
            new Object[] {"2.x", "3.0.0", false}, new Object[] {"2.x", "1.9.9", false},
            new Object[] {"2", "2.5.0", true}, new Object[] {"2.1.x", "2.1.7", true},
            new Object[] {"2.1.x", "2.2.0", false}, new Object[] {"^2.1.0", "2.1.0", true},
            new Object[] {"^2.1.0", "2.9.0", true}, new Object[] {"^2.1.0", "3.0.0", false},
            new Object[] {"^2.1.0", "2.0.9", false}, new Object[] {"^2.1.0", "3.0.0-rc.1", false},
            new Object[] {"^0.2.3", "0.2.9", true}, new Object[] {"^0.2.3", "0.3.0", false},
            new Object[] {"^0.0.3", "0.0.4", false}, new Object[] {"~2.1.0", "2.1.9", true},
            new Object[] {"~2.1.0", "2.2.0", false}, new Object[] {">=2.0.0 <3.0.0", "2.4.0", true},
            new Object[] {">=2.0.0 <3.0.0", "3.0.0", false}, new Object[] {">1.0.0", "1.0.0", false},
            new Object[] {"<=1.0.0", "1.0.0", true}, new Object[] {"=1.2.3", "1.2.3", true},
            new Object[] {"1.2.3", "1.2.4", false}, new Object[] {"1.x || >=2.3.0", "2.2.0", false},
            new Object[] {"1.x || >=2.3.0", "2.3.0", true}, new Object[] {"1.x || >=2.3.0", "1.0.0", true},
            new Object[] {"2.x", "not-a-version", false})
        .map(c -> DynamicTest.dynamicTest(c[0] + " contains " + c[1] + " = " + c[2],
            () -> assertThat(VersionRange.parse((String) c[0]).contains((String) c[1])).isEqualTo(c[2])));
  }

  @Test
  void rejectsMalformedRanges() {
    for (String text : new String[] {"^", ">=abc", "2.x ||", "1.2.3.4"}) {
      assertThatThrownBy(() -> VersionRange.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version range");
    }
  }
}
