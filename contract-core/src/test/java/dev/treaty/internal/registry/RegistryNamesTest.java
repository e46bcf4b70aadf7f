package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.contractOf;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;
import static dev.treaty.internal.registry.RegistryFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every name that becomes part of a path is checked before anything is touched: a rejected name
 * leaves the file system exactly as it was, inside and outside the registry.
 */
class RegistryNamesTest {

  /** Shared by the tests that must change nothing; each asserts that it did not. */
  @TempDir static Path temp;
  private static DirectoryRegistry registry;
  private static Map<String, String> before;

  /** For the tests that publish. */
  @TempDir Path writable;

  @BeforeAll
  static void publishSomething() {
    registry = new DirectoryRegistry(temp.resolve("registry"));
    registry.publish(contract("orders", "1.0.0", "a"));
    registry.publish(expectation("orders", "billing", "b"));
    before = snapshot(temp);
  }

  static Stream<String> badNames() {
    return Stream.of("", ".", "..", "../escape", "a/b", "a\\b", "/absolute", "C:\\windows", "C:x",
        "a\u0000b", "a\nb", ".hidden", "-dash-first", "_underscore-first", "a b", "trailing.", "é",
        "x".repeat(129), "CON", "nul", "com1.orders", "LPT9");
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void aContractIdThatCouldEscapeOrCollideIsRefusedEverywhere(String id) {
    assertRefused(id, () -> registry.publish(contract(id, "1.0.0", "a")));
    assertRefused(id, () -> registry.versions(id));
    assertRefused(id, () -> registry.contract(id, "1.0.0"));
    assertRefused(id, () -> registry.removeContract(id, "1.0.0"));
    assertRefused(id, () -> registry.publish(expectation(id, "billing", "b")));
    assertRefused(id, () -> registry.expectations(id));
    assertRefused(id, () -> registry.expectation(id, "billing"));
    assertRefused(id, () -> registry.removeExpectation(id, "billing"));
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("badNames")
  void aConsumerNameThatCouldEscapeOrCollideIsRefusedEverywhere(String consumer) {
    assertRefused(consumer, () -> registry.publish(expectation("orders", consumer, "b")));
    assertRefused(consumer, () -> registry.expectation("orders", consumer));
    assertRefused(consumer, () -> registry.removeExpectation("orders", consumer));
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "latest", "1.0.0/..", "../1.0.0", "1.0.0/x", ".1.0.0", "1.0.0\u0000",
      "1.0.0\\x", " 1.0.0", "1.0.0\n", "01.0.0", "1.0.0-", "1..0", "C:1.0.0"})
  void aVersionThatIsNotASemanticVersionIsRefusedEverywhere(String version) {
    Consumer<Throwable> message = e -> assertThat(e).hasMessageContaining("expected a semantic version");
    assertThatThrownBy(() -> registry.publish(contract("orders", version, "a")))
        .isInstanceOf(InvalidDefinitionException.class).satisfies(message);
    assertThatThrownBy(() -> registry.contract("orders", version))
        .isInstanceOf(InvalidDefinitionException.class).satisfies(message);
    assertThatThrownBy(() -> registry.removeContract("orders", version))
        .isInstanceOf(InvalidDefinitionException.class).satisfies(message);
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @Test
  void anOverlyLongVersionIsRefused() {
    String version = "1.0.0-" + "a".repeat(123);

    assertThatThrownBy(() -> registry.publish(contract("orders", version, "a")))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("Version `1.0.0-aaaa")
        .hasMessageContaining("… (129 characters)` cannot be used in a registry");
  }

  static Stream<List<String>> badLocations() {
    return Stream.of(
        List.of("", "the location is empty"),
        List.of("../outside.json", "a `.` or `..` segment"),
        List.of("schemas/../../outside.json", "a `.` or `..` segment"),
        List.of("schemas/./order.json", "a `.` or `..` segment"),
        List.of("/etc/passwd", "it is absolute"),
        List.of("C:/Windows/win.ini", "it contains `:`"),
        List.of("C:win.ini", "it contains `:`"),
        List.of("schemas\\order.json", "it contains `\\`"),
        List.of("\\\\server\\share\\x", "it contains `\\`"),
        List.of("schemas//order.json", "an empty segment"),
        List.of("schemas/", "an empty segment"),
        List.of("a\u0000b.json", "a control character"),
        List.of("a\nb.json", "a control character"),
        List.of("schemas./order.json", "ends with `.` or a space"),
        List.of("schemas /order.json", "ends with `.` or a space"),
        List.of("aux", "`aux` is a reserved device name on Windows"),
        List.of("schemas/CON.json", "`CON.json` is a reserved device name on Windows"),
        List.of("x".repeat(1025), "longer than 1024 characters"));
  }

  @ParameterizedTest
  @MethodSource("badLocations")
  void aFileLocationThatCouldEscapeIsRefusedBeforeAnythingIsWritten(List<String> locationAndReason) {
    String location = locationAndReason.get(0);

    assertThatThrownBy(() -> registry.publish(contractOf("orders", "2.0.0",
        SourceFile.ofText("c.odcs.yaml", "c"), SourceFile.ofText(location, "escaped"))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageStartingWith("Contract `orders` version `2.0.0` has a file at `"
            + RegistryMessages.shown(location) + "`, which cannot be stored: ")
        .hasMessageContaining(locationAndReason.get(1));
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @Test
  void aLocationCannotBeBothAFileAndADirectory() {
    assertThatThrownBy(() -> registry.publish(contractOf("orders", "2.0.0",
        SourceFile.ofText("c.odcs.yaml", "c"), SourceFile.ofText("schemas", "file"),
        SourceFile.ofText("schemas/order.json", "below it"))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessage("Contract `orders` version `2.0.0` has a file at `schemas/order.json`, which cannot be"
            + " stored: its directory `schemas` is also one of the files, and a path cannot be both.");
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @Test
  void locationsThatDifferOnlyInCaseAreRefusedForPortability() {
    assertThatThrownBy(() -> registry.publish(contractOf("orders", "2.0.0",
        SourceFile.ofText("c.odcs.yaml", "c"), SourceFile.ofText("Order.json", "1"),
        SourceFile.ofText("order.json", "2"))))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("`order.json`, which cannot be stored: it differs from `Order.json` only in case");
    assertThatThrownBy(() -> registry.publish(contractOf("orders", "2.0.0",
        SourceFile.ofText("c.odcs.yaml", "c"), SourceFile.ofText("A", "1"),
        SourceFile.ofText("a/b.json", "2"))))
        .hasMessageContaining("its directory `A` is also one of the files");
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "A-b_c.d", "1", "payments.order-events", "con-orders", "auxiliary"})
  void ordinaryNamesAreAccepted(String name) {
    DirectoryRegistry registry = new DirectoryRegistry(writable);
    assertThat(registry.publish(contract(name, "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
    assertThat(registry.publish(expectation("orders", name, "b"))).isEqualTo(PublishOutcome.CREATED);
    assertThat(registry.versions(name)).containsExactly("1.0.0");
  }

  @Test
  void theLongestAllowedNameIsAccepted() {
    String name = "n".repeat(RegistryNames.MAX_NAME_LENGTH);
    DirectoryRegistry registry = new DirectoryRegistry(writable);

    assertThat(registry.publish(contract(name, "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
    assertThat(registry.publish(expectation(name, name, "b"))).isEqualTo(PublishOutcome.CREATED);
    assertThat(registry.contractIds()).contains(name);
  }

  private static void assertRefused(String name, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("`" + RegistryMessages.shown(name) + "` cannot be used in a registry")
        .hasMessageNotContaining("\u0000");
  }
}
