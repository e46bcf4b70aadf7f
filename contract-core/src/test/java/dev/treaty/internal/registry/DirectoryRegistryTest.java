package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.contractOf;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;
import static dev.treaty.internal.registry.RegistryFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryRegistryTest {

  @TempDir Path temp;

  private DirectoryRegistry registry() {
    return new DirectoryRegistry(temp.resolve("registry"));
  }

  @Nested
  class Layout {

    @Test
    void aPublishedVersionIsItsFilesVerbatimBesideAManifest() throws IOException {
      DirectoryRegistry registry = registry();
      byte[] binary = {0, (byte) 0xff, (byte) 0xfe, '\r', '\n', 'x'};
      PublishedContract contract = contractOf("payments.order-events", "2.1.0",
          SourceFile.ofText("contracts/order-events.odcs.yaml", "id: payments.order-events\r\n"),
          SourceFile.of("schemas/deep/nested/order.bin", binary),
          SourceFile.ofText(".hidden/notes.txt", "dotted directories are fine inside a contract"));

      assertThat(registry.publish(contract)).isEqualTo(PublishOutcome.CREATED);

      Path version = temp.resolve("registry/contracts/payments.order-events/2.1.0");
      assertThat(Files.readAllBytes(version.resolve("files/schemas/deep/nested/order.bin"))).isEqualTo(binary);
      assertThat(Files.readString(version.resolve("files/contracts/order-events.odcs.yaml")))
          .isEqualTo("id: payments.order-events\r\n");
      assertThat(Files.readString(version.resolve("manifest.json"))).isEqualTo("""
          {
            "layout": 1,
            "id": "payments.order-events",
            "version": "2.1.0",
            "contractPath": "contracts/order-events.odcs.yaml",
            "files": [
              {
                "location": ".hidden/notes.txt",
                "size": 45,
                "sha256": "%s"
              },
              {
                "location": "contracts/order-events.odcs.yaml",
                "size": 27,
                "sha256": "%s"
              },
              {
                "location": "schemas/deep/nested/order.bin",
                "size": 6,
                "sha256": "%s"
              }
            ]
          }
          """.formatted(
              ContractManifest.sha256("dotted directories are fine inside a contract".getBytes(StandardCharsets.UTF_8)),
              ContractManifest.sha256("id: payments.order-events\r\n".getBytes(StandardCharsets.UTF_8)),
              ContractManifest.sha256(binary)));
      assertThat(Files.readString(temp.resolve("registry/treaty-registry.properties")))
          .contains("layout=1\n");
      assertThat(Files.readString(temp.resolve("registry/.gitattributes"))).endsWith("\n* -text\n");
      assertThat(snapshot(temp.resolve("registry")).keySet()).containsExactly(
          ".gitattributes",
          "/",
          "contracts/",
          "contracts/payments.order-events/",
          "contracts/payments.order-events/2.1.0/",
          "contracts/payments.order-events/2.1.0/files/",
          "contracts/payments.order-events/2.1.0/files/.hidden/",
          "contracts/payments.order-events/2.1.0/files/.hidden/notes.txt",
          "contracts/payments.order-events/2.1.0/files/contracts/",
          "contracts/payments.order-events/2.1.0/files/contracts/order-events.odcs.yaml",
          "contracts/payments.order-events/2.1.0/files/schemas/",
          "contracts/payments.order-events/2.1.0/files/schemas/deep/",
          "contracts/payments.order-events/2.1.0/files/schemas/deep/nested/",
          "contracts/payments.order-events/2.1.0/files/schemas/deep/nested/order.bin",
          "contracts/payments.order-events/2.1.0/manifest.json",
          "treaty-registry.properties");
    }

    @Test
    void theSamePublicationAlwaysGivesTheSameManifestBytes() throws IOException {
      Path first = temp.resolve("one");
      Path second = temp.resolve("two");
      new DirectoryRegistry(first).publish(contract("orders", "1.0.0", "a"));
      new DirectoryRegistry(second).publish(contract("orders", "1.0.0", "a"));

      assertThat(snapshot(first)).isEqualTo(snapshot(second));
    }

    @Test
    void anExpectationIsItsDocumentVerbatim() throws IOException {
      DirectoryRegistry registry = registry();
      PublishedExpectation expectation = expectation("payments.order-events", "fraud-scoring", "score");

      assertThat(registry.publish(expectation)).isEqualTo(PublishOutcome.CREATED);

      assertThat(Files.readAllBytes(temp.resolve(
          "registry/expectations/payments.order-events/fraud-scoring.expectation.yaml")))
          .isEqualTo(expectation.document().bytes());
    }

    @Test
    void readingCreatesNothing() {
      DirectoryRegistry registry = registry();

      assertThat(registry.contractIds()).isEmpty();
      assertThat(registry.versions("orders")).isEmpty();
      assertThat(registry.contract("orders", "1.0.0")).isEmpty();
      assertThat(registry.expectations("orders")).isEmpty();
      assertThat(registry.expectation("orders", "billing")).isEmpty();
      assertThat(registry.removeContract("orders", "1.0.0")).isFalse();
      assertThat(registry.removeExpectation("orders", "billing")).isFalse();
      assertThat(temp.resolve("registry")).doesNotExist();
    }

    @Test
    void describesItselfByItsAbsoluteDirectory() {
      DirectoryRegistry registry = new DirectoryRegistry(temp.resolve("a/../registry"));

      assertThat(registry.describe()).isEqualTo("directory " + temp.resolve("registry").toAbsolutePath());
      assertThat(registry.root()).isEqualTo(temp.resolve("registry").toAbsolutePath());
    }
  }

  @Nested
  class Contracts {

    @Test
    void readsBackExactlyWhatWasPublished() {
      DirectoryRegistry registry = registry();
      PublishedContract published = contractOf("orders", "1.0.0",
          SourceFile.ofText("c.odcs.yaml", "id: orders\n"),
          SourceFile.of("empty.txt", new byte[0]),
          SourceFile.of("bytes.bin", new byte[] {1, 2, 3, (byte) 0x80}));
      registry.publish(published);

      PublishedContract read = new DirectoryRegistry(temp.resolve("registry")).contract("orders", "1.0.0").orElseThrow();

      assertThat(read).isEqualTo(published);
      assertThat(read.contractFile().text()).isEqualTo("id: orders\n");
    }

    @Test
    void listsVersionsInSemanticOrder() {
      DirectoryRegistry registry = registry();
      for (String version : List.of("1.10.0", "1.2.0", "2.0.0-rc.10", "2.0.0", "2.0.0-rc.2", "0.9.1", "1.2.0-alpha")) {
        registry.publish(contract("orders", version, version));
      }

      assertThat(registry.versions("orders"))
          .containsExactly("0.9.1", "1.2.0-alpha", "1.2.0", "1.10.0", "2.0.0-rc.2", "2.0.0-rc.10", "2.0.0");
    }

    @Test
    void listsContractIdsSortedAndOnlyThoseWithAVersion() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("shipping.labels", "1.0.0", "x"));
      registry.publish(contract("billing.invoices", "1.0.0", "x"));
      registry.publish(contract("orders", "1.0.0", "x"));
      registry.removeContract("orders", "1.0.0");

      assertThat(registry.contractIds()).containsExactly("billing.invoices", "shipping.labels");
    }

    @Test
    void ignoresEntriesThatAreNotPublishedVersions() throws IOException {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "1.0.0", "x"));
      Path orders = temp.resolve("registry/contracts/orders");
      Files.createDirectories(orders.resolve("not-a-version"));
      Files.createDirectories(orders.resolve(".staging-2.0.0-crashed/files"));
      Files.createDirectories(orders.resolve(".trash-0.1.0-crashed"));
      Files.createDirectories(orders.resolve("v3.0.0"));
      Files.createDirectories(orders.resolve("3.0"));
      Files.writeString(orders.resolve("README.md"), "notes");
      Files.writeString(orders.resolve("4.0.0"), "a file, not a version directory");
      Files.createDirectories(temp.resolve("registry/contracts/.staging-x"));
      Files.createDirectories(temp.resolve("registry/contracts/..odd"));
      Files.createDirectories(temp.resolve("registry/contracts/empty"));
      Files.writeString(temp.resolve("registry/contracts/notes.txt"), "notes");

      assertThat(registry.versions("orders")).containsExactly("1.0.0");
      assertThat(registry.contractIds()).containsExactly("orders");
    }

    @Test
    void oneVersionHasOneEntryHoweverItIsSpelt() {
      DirectoryRegistry registry = registry();
      assertThat(registry.publish(contract("orders", "1.0", "a"))).isEqualTo(PublishOutcome.CREATED);

      assertThat(registry.versions("orders")).containsExactly("1.0.0");
      assertThat(registry.contract("orders", "v1.0.0+build.7")).get()
          .extracting(PublishedContract::version).isEqualTo("1.0");
      PublishedContract sameBytesOtherSpelling = new PublishedContract("orders", "v1.0.0",
          RegistryFixtures.CONTRACT_FILE, contract("orders", "1.0", "a").files());
      assertThat(registry.publish(sameBytesOtherSpelling)).isEqualTo(PublishOutcome.UNCHANGED);
      assertThatThrownBy(() -> registry.publish(contract("orders", "1.0.0", "b")))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessageContaining("version `1.0.0` is already published");
      assertThat(registry.versions("orders")).containsExactly("1.0.0");
    }

    @Test
    void numericPreReleaseIdentifiersAreCanonical() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "2.0.0-rc.01", "a"));

      assertThat(registry.versions("orders")).containsExactly("2.0.0-rc.1");
      assertThat(registry.contract("orders", "2.0.0-rc.1")).isPresent();
    }

    @Test
    void removesOneVersionAndLeavesTheOthers() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "1.0.0", "a"));
      registry.publish(contract("orders", "1.1.0", "b"));

      assertThat(registry.removeContract("orders", "1.0.0")).isTrue();
      assertThat(registry.removeContract("orders", "1.0.0")).isFalse();

      assertThat(registry.versions("orders")).containsExactly("1.1.0");
      assertThat(registry.contract("orders", "1.0.0")).isEmpty();
      assertThat(registry.contract("orders", "1.1.0")).contains(contract("orders", "1.1.0", "b"));
      assertThat(RegistryFixtures.leftovers(temp.resolve("registry"))).isEmpty();
    }

    @Test
    void aRemovedVersionCanBePublishedAgain() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "1.0.0", "mistake"));
      registry.removeContract("orders", "1.0.0");

      assertThat(registry.publish(contract("orders", "1.0.0", "fixed"))).isEqualTo(PublishOutcome.CREATED);
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "fixed"));
    }
  }

  @Nested
  class Immutability {

    @Test
    void publishingTheSameContentAgainChangesNothing() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "1.0.0", "a"));
      Map<String, String> before = snapshot(temp.resolve("registry"));

      assertThat(registry.publish(contract("orders", "1.0.0", "a"))).isEqualTo(PublishOutcome.UNCHANGED);
      assertThat(snapshot(temp.resolve("registry"))).isEqualTo(before);
    }

    @Test
    void publishingDifferentBytesNamesContractVersionAndFile() {
      DirectoryRegistry registry = registry();
      registry.publish(contract("orders", "1.0.0", "a"));
      Map<String, String> before = snapshot(temp.resolve("registry"));

      assertThatThrownBy(() -> registry.publish(contract("orders", "1.0.0", "b")))
          .isInstanceOf(InvalidDefinitionException.class)
          .hasMessage("Contract `orders` version `1.0.0` is already published in " + temp.resolve("registry")
              + " with different content: file `json/order-placed.schema.json` differs (same size, 86 bytes,"
              + " different bytes). A published version is immutable: publish the change as a new version"
              + " (or remove the mistaken version first).");
      assertThat(snapshot(temp.resolve("registry"))).isEqualTo(before);
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
    }

    @Test
    void namesTheFirstDifferenceInLocationOrder() {
      DirectoryRegistry registry = registry();
      SourceFile contractFile = SourceFile.ofText("c.yaml", "c");
      registry.publish(contractOf("orders", "1.0.0", contractFile,
          SourceFile.ofText("b.json", "b"), SourceFile.ofText("d.json", "d")));

      assertThatThrownBy(() -> registry.publish(contractOf("orders", "1.0.0", contractFile,
          SourceFile.ofText("b.json", "b"), SourceFile.ofText("d.json", "changed"),
          SourceFile.ofText("a/new.json", "new"))))
          .hasMessageContaining("file `a/new.json` is not in the published version");
      assertThatThrownBy(() -> registry.publish(contractOf("orders", "1.0.0", contractFile,
          SourceFile.ofText("d.json", "d"))))
          .hasMessageContaining("file `b.json` of the published version is missing from this publication");
      assertThatThrownBy(() -> registry.publish(contractOf("orders", "1.0.0", contractFile,
          SourceFile.ofText("b.json", "b"), SourceFile.ofText("d.json", "dd"))))
          .hasMessageContaining("file `d.json` differs (1 bytes published, 2 bytes now)");
      assertThatThrownBy(() -> registry.publish(contractOf("orders", "1.0.0", SourceFile.ofText("b.json", "b"),
          contractFile, SourceFile.ofText("d.json", "d"))))
          .hasMessageContaining("the contract file is `b.json`, but the published version's is `c.yaml`");
    }
  }

  @Nested
  class Expectations {

    @Test
    void createsReplacesAndKeepsUnchangedDocuments() {
      DirectoryRegistry registry = registry();

      assertThat(registry.publish(expectation("orders", "billing", "v1"))).isEqualTo(PublishOutcome.CREATED);
      assertThat(registry.publish(expectation("orders", "billing", "v1"))).isEqualTo(PublishOutcome.UNCHANGED);
      assertThat(registry.publish(expectation("orders", "billing", "v2"))).isEqualTo(PublishOutcome.UPDATED);

      PublishedExpectation read = registry.expectation("orders", "billing").orElseThrow();
      assertThat(read.contract()).isEqualTo("orders");
      assertThat(read.consumer()).isEqualTo("billing");
      assertThat(read.document().bytes()).isEqualTo(expectation("orders", "billing", "v2").document().bytes());
      assertThat(read.document().location()).isEqualTo("expectations/orders/billing.expectation.yaml");
      assertThat(RegistryFixtures.leftovers(temp.resolve("registry"))).isEmpty();
    }

    @Test
    void listsAContractsExpectationsByConsumerIgnoringOtherFiles() throws IOException {
      DirectoryRegistry registry = registry();
      registry.publish(expectation("orders", "shipping", "s"));
      registry.publish(expectation("orders", "analytics", "a"));
      registry.publish(expectation("orders", "fraud-scoring", "f"));
      registry.publish(expectation("invoices", "billing", "b"));
      Path orders = temp.resolve("registry/expectations/orders");
      Files.writeString(orders.resolve(".tmp-billing.expectation.yaml-crashed"), "half");
      Files.writeString(orders.resolve("README.md"), "notes");
      Files.writeString(orders.resolve(".hidden.expectation.yaml"), "not a consumer name");

      assertThat(registry.expectations("orders")).extracting(PublishedExpectation::consumer)
          .containsExactly("analytics", "fraud-scoring", "shipping");
      assertThat(registry.expectations("orders").get(1).document().text()).contains("purpose: f");
      assertThat(registry.expectations("invoices")).extracting(PublishedExpectation::consumer)
          .containsExactly("billing");
      assertThat(registry.expectations("nobody")).isEmpty();
    }

    @Test
    void removesAnExpectation() {
      DirectoryRegistry registry = registry();
      registry.publish(expectation("orders", "billing", "b"));
      registry.publish(expectation("orders", "shipping", "s"));

      assertThat(registry.removeExpectation("orders", "billing")).isTrue();
      assertThat(registry.removeExpectation("orders", "billing")).isFalse();

      assertThat(registry.expectation("orders", "billing")).isEmpty();
      assertThat(registry.expectations("orders")).extracting(PublishedExpectation::consumer)
          .containsExactly("shipping");
    }

    @Test
    void expectationsAndContractsAreIndependent() {
      DirectoryRegistry registry = registry();
      registry.publish(expectation("orders", "billing", "b"));

      assertThat(registry.contractIds()).isEmpty();
      registry.publish(contract("orders", "1.0.0", "a"));
      registry.removeContract("orders", "1.0.0");
      assertThat(registry.expectations("orders")).hasSize(1);
    }
  }

  @Test
  void namesThatDifferOnlyInCaseAreRefused() {
    DirectoryRegistry registry = registry();
    registry.publish(RegistryFixtures.expectation("orders", "fraud", "a"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> registry.publish(RegistryFixtures.expectation("orders", "Fraud", "b")))
        .isInstanceOf(dev.treaty.model.InvalidDefinitionException.class)
        .hasMessageContaining("The consumer Fraud differs only in case from fraud.expectation.yaml");
    registry.publish(RegistryFixtures.contract("orders", "1.0.0", "a"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> registry.publish(RegistryFixtures.contract("Orders", "1.0.0", "a")))
        .isInstanceOf(dev.treaty.model.InvalidDefinitionException.class)
        .hasMessageContaining("The contract id Orders differs only in case from orders");
    org.assertj.core.api.Assertions.assertThat(registry.expectations("orders")).hasSize(1);
  }
}
