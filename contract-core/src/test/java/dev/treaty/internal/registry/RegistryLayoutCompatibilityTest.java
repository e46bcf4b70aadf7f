package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.PublishedExpectation;
import dev.treaty.model.SourceFile;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry written in layout 1 and checked in ({@code src/test/resources/registry/layout-1}):
 * this version must read it, and must write exactly the same bytes for the same publications.
 * If this test fails after a change to the on-disk format, the change needs a new layout number
 * (and a reader for the old one), not an edit of the fixture.
 */
class RegistryLayoutCompatibilityTest {

  @TempDir Path temp;

  private static Path fixture() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(
        RegistryLayoutCompatibilityTest.class.getResource("/registry/layout-1/treaty-registry.properties"),
        "registry fixture").toURI()).getParent();
  }

  @Test
  void readsARegistryWrittenInLayoutOne() throws Exception {
    DirectoryRegistry registry = new DirectoryRegistry(fixture());

    assertThat(registry.contractIds()).containsExactly("payments.order-events");
    assertThat(registry.versions("payments.order-events")).containsExactly("2.0.0-rc.1", "2.1.0");
    PublishedContract contract = registry.contract("payments.order-events", "2.1.0").orElseThrow();
    assertThat(contract.version()).isEqualTo("2.1.0");
    assertThat(contract.contractPath()).isEqualTo("order-events.odcs.yaml");
    assertThat(contract.files()).extracting(SourceFile::location)
        .containsExactly("json/order-placed.schema.json", "order-events.odcs.yaml");
    assertThat(contract.contractFile().text()).startsWith("apiVersion: v3.1.0\n").contains("id: payments.order-events\n");
    assertThat(registry.expectations("payments.order-events")).extracting(PublishedExpectation::consumer)
        .containsExactly("fraud-scoring");
    assertThat(registry.expectation("payments.order-events", "fraud-scoring").orElseThrow().document().text())
        .startsWith("kind: ConsumerExpectation\n");
  }

  @Test
  void writesTheSameBytesForTheSamePublications() throws Exception {
    DirectoryRegistry stored = new DirectoryRegistry(fixture());
    DirectoryRegistry fresh = new DirectoryRegistry(temp.resolve("registry"));

    for (String version : stored.versions("payments.order-events")) {
      assertThat(fresh.publish(stored.contract("payments.order-events", version).orElseThrow()))
          .isEqualTo(PublishOutcome.CREATED);
    }
    for (PublishedExpectation expectation : stored.expectations("payments.order-events")) {
      assertThat(fresh.publish(expectation)).isEqualTo(PublishOutcome.CREATED);
    }

    // Maven does not copy .gitattributes into test resources, so it is compared on its own.
    Map<String, String> written = snapshot(temp.resolve("registry"));
    assertThat(written.remove(".gitattributes")).isEqualTo(ContractManifest.sha256(RegistryMarker.gitAttributes()));
    assertThat(written).isEqualTo(snapshot(fixture()));
  }

  @Test
  void republishingWhatItHoldsChangesNothing() throws Exception {
    DirectoryRegistry stored = new DirectoryRegistry(fixture());
    PublishedContract contract = stored.contract("payments.order-events", "2.1.0").orElseThrow();
    Map<String, String> before = snapshot(fixture());

    assertThat(stored.publish(contract)).isEqualTo(PublishOutcome.UNCHANGED);
    assertThat(stored.publish(stored.expectation("payments.order-events", "fraud-scoring").orElseThrow()))
        .isEqualTo(PublishOutcome.UNCHANGED);
    assertThat(snapshot(fixture())).isEqualTo(before);
  }
}
