package dev.treaty.internal.registry;

import static dev.treaty.internal.registry.RegistryFixtures.contract;
import static dev.treaty.internal.registry.RegistryFixtures.contractOf;
import static dev.treaty.internal.registry.RegistryFixtures.expectation;
import static dev.treaty.internal.registry.RegistryFixtures.leftovers;
import static dev.treaty.internal.registry.RegistryFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.PublishOutcome;
import dev.treaty.model.PublishedContract;
import dev.treaty.model.SourceFile;
import dev.treaty.model.TreatyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the registry does when its directory is not as it left it, or the file system says no. */
class RegistrySafetyTest {

  @TempDir Path temp;
  private Path root;
  private DirectoryRegistry registry;

  @BeforeEach
  void openRegistry() {
    root = temp.resolve("registry");
    registry = new DirectoryRegistry(root);
  }

  /** Asserts the failure is a Treaty exception whose message is a sentence, not a stack trace. */
  private static <T extends TreatyException> T failure(ThrowingCallable call, Class<T> type, String... fragments) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(type);
    assertThat(thrown.getMessage())
        .contains(fragments)
        .doesNotContain("Exception", "\tat ", "java.", "sun.");
    return type.cast(thrown);
  }

  @Nested
  class SymbolicLinks {

    private Path outside;

    @BeforeEach
    void makeAPlaceOutside() throws IOException {
      outside = Files.createDirectories(temp.resolve("outside"));
      Files.writeString(outside.resolve("secret.txt"), "do not read me");
    }

    private void link(Path link, Path target) throws IOException {
      Files.createDirectories(link.getParent());
      try {
        Files.createSymbolicLink(link, target);
      } catch (UnsupportedOperationException | IOException e) {
        assumeTrue(false, "this platform cannot create symbolic links: " + e.getMessage());
      }
    }

    @Test
    void aLinkedContractsDirectoryIsNeitherReadNorWritten() throws IOException {
      registry.publish(expectation("orders", "billing", "b"));
      Path elsewhere = temp.resolve("elsewhere");
      new DirectoryRegistry(elsewhere).publish(contract("orders", "1.0.0", "a"));
      link(root.resolve("contracts"), elsewhere.resolve("contracts"));
      Map<String, String> before = snapshot(elsewhere);

      failure(registry::contractIds, InvalidDefinitionException.class, root.resolve("contracts") + " is a symbolic link");
      failure(() -> registry.versions("orders"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.contract("orders", "1.0.0"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.publish(contract("orders", "2.0.0", "b")), InvalidDefinitionException.class,
          "symbolic link");
      failure(() -> registry.removeContract("orders", "1.0.0"), InvalidDefinitionException.class, "symbolic link");
      assertThat(snapshot(elsewhere)).isEqualTo(before);
    }

    @Test
    void aLinkedContractDirectoryIsNotWrittenThrough() throws IOException {
      link(root.resolve("contracts/orders"), outside);
      Files.writeString(root.resolve("treaty-registry.properties"), "layout=1\n");

      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidDefinitionException.class,
          root.resolve("contracts/orders") + " is a symbolic link. The registry does not follow links");
      failure(() -> registry.versions("orders"), InvalidDefinitionException.class, "symbolic link");
      assertThat(outside).isDirectoryNotContaining("glob:**/1.0.0");
      assertThat(snapshot(outside).keySet()).containsExactly("/", "secret.txt");
    }

    @Test
    void aLinkedVersionIsNotRead() throws IOException {
      new DirectoryRegistry(outside).publish(contract("orders", "2.0.0", "planted"));
      registry.publish(contract("orders", "1.0.0", "a"));
      link(root.resolve("contracts/orders/2.0.0"), outside.resolve("contracts/orders/2.0.0"));

      failure(() -> registry.contract("orders", "2.0.0"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.versions("orders"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.publish(contract("orders", "2.0.0", "planted")), InvalidDefinitionException.class,
          "symbolic link");
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
    }

    @Test
    void aLinkedFileInsideAVersionIsNotRead() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      Path schema = root.resolve("contracts/orders/1.0.0/files/json/order-placed.schema.json");
      Files.delete(schema);
      link(schema, outside.resolve("secret.txt"));

      InvalidDefinitionException e = failure(() -> registry.contract("orders", "1.0.0"),
          InvalidDefinitionException.class, schema + " is a symbolic link");
      assertThat(e.getMessage()).doesNotContain("do not read me");
    }

    @Test
    void aLinkedFilesDirectoryOrManifestIsNotRead() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      registry.publish(contract("orders", "1.1.0", "b"));
      Path files = root.resolve("contracts/orders/1.0.0/files");
      Path copy = temp.resolve("copy");
      Files.move(files, copy);
      link(files, copy);
      Path manifest = root.resolve("contracts/orders/1.1.0/manifest.json");
      Files.move(manifest, outside.resolve("manifest.json"));
      link(manifest, outside.resolve("manifest.json"));

      failure(() -> registry.contract("orders", "1.0.0"), InvalidDefinitionException.class, files + " is a symbolic link");
      failure(() -> registry.contract("orders", "1.1.0"), InvalidDefinitionException.class,
          manifest + " is a symbolic link");
    }

    @Test
    void aLinkedExpectationIsNeitherReadNorReplacedThrough() throws IOException {
      registry.publish(expectation("orders", "billing", "b"));
      Path file = root.resolve("expectations/orders/fraud.expectation.yaml");
      link(file, outside.resolve("secret.txt"));

      failure(() -> registry.expectation("orders", "fraud"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.expectations("orders"), InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.publish(expectation("orders", "fraud", "f")), InvalidDefinitionException.class,
          "symbolic link");
      assertThat(Files.readString(outside.resolve("secret.txt"))).isEqualTo("do not read me");
    }

    @Test
    void aLinkedExpectationDirectoryIsNotWrittenThrough() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      link(root.resolve("expectations/orders"), outside);

      failure(() -> registry.publish(expectation("orders", "fraud", "f")), InvalidDefinitionException.class,
          "symbolic link");
      failure(() -> registry.removeExpectation("orders", "fraud"), InvalidDefinitionException.class,
          "symbolic link");
      assertThat(snapshot(outside).keySet()).containsExactly("/", "secret.txt");
    }

    @Test
    void aLinkedMarkerIsNotRead() throws IOException {
      Files.createDirectories(root);
      Files.writeString(outside.resolve("marker"), "layout=1\n");
      link(root.resolve("treaty-registry.properties"), outside.resolve("marker"));

      failure(registry::contractIds, InvalidDefinitionException.class, "symbolic link");
      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidDefinitionException.class,
          "symbolic link");
    }

    @Test
    void theRootItselfMayBeALink() throws IOException {
      Path real = Files.createDirectories(temp.resolve("real"));
      Path linked = temp.resolve("linked");
      link(linked, real);
      DirectoryRegistry throughLink = new DirectoryRegistry(linked);

      assertThat(throughLink.publish(contract("orders", "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
      assertThat(new DirectoryRegistry(real).contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
    }
  }

  @Nested
  class DamagedEntries {

    private Path version;

    @BeforeEach
    void publish() {
      registry.publish(contract("orders", "1.0.0", "a"));
      version = root.resolve("contracts/orders/1.0.0");
    }

    @Test
    void aManifestThatIsNotJsonIsReportedWithItsPlace() throws IOException {
      Files.writeString(version.resolve("manifest.json"), "{\n  \"id\": \"orders\",\n  oops\n}\n");

      InvalidInputException e = failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          "The registry entry " + version + " is damaged", "the manifest is not valid JSON");
      Problem problem = e.problems().get(0);
      assertThat(problem.location().source()).isEqualTo(version.resolve("manifest.json").toString());
      assertThat(problem.location().line()).isEqualTo(3);
      assertThat(problem.location().column()).isPositive();
    }

    @Test
    void aMissingManifestIsReported() throws IOException {
      Files.delete(version.resolve("manifest.json"));

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          version.resolve("manifest.json") + ": its manifest is missing");
      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidInputException.class,
          "its manifest is missing");
    }

    @Test
    void manifestFieldsOfTheWrongShapeAreEachReported() throws IOException {
      Files.writeString(version.resolve("manifest.json"), """
          {"layout": 1, "id": "payments", "version": 7, "contractPath": "order-events.odcs.yaml",
           "files": [{"location": "../../../outside", "size": -1, "sha256": "XYZ"}]}
          """);

      InvalidInputException e = failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          "the manifest names contract `payments`, but the entry is for `orders`",
          "manifest field `version` must be a non-empty string",
          "manifest field `files[0].location` must be a relative path with forward slashes that stays inside",
          "manifest field `files[0].size` must be a non-negative integer",
          "manifest field `files[0].sha256` must be 64 lower-case hex digits");
      assertThat(e.problems()).extracting(p -> p.location().pointer())
          .containsExactly("/id", "/version", "/files/0/location", "/files/0/size", "/files/0/sha256");
    }

    @Test
    void aManifestOfAnotherVersionIsReported() throws IOException {
      String manifest = Files.readString(version.resolve("manifest.json"));
      Files.writeString(version.resolve("manifest.json"), manifest.replace("\"1.0.0\"", "\"1.0.1\""));

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          "the manifest names version `1.0.1`, but the entry is for `1.0.0`");
    }

    @Test
    void aManifestOfAnUnknownLayoutIsReported() throws IOException {
      String manifest = Files.readString(version.resolve("manifest.json"));
      Files.writeString(version.resolve("manifest.json"), manifest.replace("\"layout\": 1", "\"layout\": 2"));

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          "the manifest has layout `2`, but this version of Treaty knows layout `1`");
    }

    @Test
    void aMissingFileIsReportedByItsPath() throws IOException {
      Path schema = version.resolve("files/json/order-placed.schema.json");
      Files.delete(schema);

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          schema + ": the file is listed in the manifest but missing");
    }

    @Test
    void changedBytesAreReportedNotReturned() throws IOException {
      Path schema = version.resolve("files/json/order-placed.schema.json");
      String original = Files.readString(schema);
      Files.writeString(schema, original.replace('a', 'b'));

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          schema + ": the file's bytes do not match the manifest's sha-256");

      Files.writeString(schema, original + " ");
      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          schema + ": the file has " + (original.length() + 1) + " bytes, but the manifest says " + original.length());
    }

    @Test
    void anUnlistedFileIsReported() throws IOException {
      Files.writeString(version.resolve("files/json/extra.json"), "{}");

      failure(() -> registry.contract("orders", "1.0.0"), InvalidInputException.class,
          version.resolve("files/json/extra.json") + ": the file is not listed in the manifest");
    }

    @Test
    void aVersionThatIsAFileIsReported() throws IOException {
      Files.writeString(root.resolve("contracts/orders/2.0.0"), "not a directory");

      failure(() -> registry.contract("orders", "2.0.0"), InvalidInputException.class,
          "it should be a directory but is a file");
      assertThat(registry.versions("orders")).containsExactly("1.0.0");
    }

    @Test
    void anExpectationThatIsADirectoryIsReported() throws IOException {
      Files.createDirectories(root.resolve("expectations/orders/billing.expectation.yaml"));

      failure(() -> registry.expectation("orders", "billing"), InvalidInputException.class,
          "it should be a file but is a directory");
      failure(() -> registry.publish(expectation("orders", "billing", "b")), InvalidInputException.class,
          "it should be a file but is a directory");
    }

    @Test
    void aDamagedVersionCanBeRemovedAndPublishedAgain() throws IOException {
      Files.delete(version.resolve("manifest.json"));

      assertThat(registry.removeContract("orders", "1.0.0")).isTrue();

      assertThat(registry.versions("orders")).isEmpty();
      assertThat(registry.publish(contract("orders", "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
      assertThat(leftovers(root)).isEmpty();
    }

    @Test
    void publishingOverADamagedVersionReportsTheDamageAndWritesNothing() throws IOException {
      Files.writeString(version.resolve("files/json/order-placed.schema.json"), "tampered");
      Map<String, String> before = snapshot(root);

      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidInputException.class,
          "is damaged", "the file has 8 bytes");
      assertThat(snapshot(root)).isEqualTo(before);
    }
  }

  @Nested
  class TheDirectoryItself {

    @Test
    void theMarkerIsWrittenOnTheFirstPublication() throws IOException {
      Files.createDirectories(root);
      registry.contractIds();
      assertThat(root.resolve("treaty-registry.properties")).doesNotExist();

      registry.publish(expectation("orders", "billing", "b"));

      assertThat(Files.readString(root.resolve("treaty-registry.properties")))
          .startsWith("# A Treaty contract registry").endsWith("\nlayout=1\n");
      assertThat(Files.readString(root.resolve(".gitattributes"))).endsWith("\n* -text\n");
    }

    @Test
    void aGitAttributesFileOfTheUsersIsKept() throws IOException {
      Files.createDirectories(root);
      Files.writeString(root.resolve(".gitattributes"), "*.yaml text eol=lf\n");

      registry.publish(contract("orders", "1.0.0", "a"));

      assertThat(Files.readString(root.resolve(".gitattributes"))).isEqualTo("*.yaml text eol=lf\n");
      assertThat(root.resolve("treaty-registry.properties")).exists();
    }

    @Test
    void anUnknownLayoutIsRefusedForReadingAndWriting() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      Files.writeString(root.resolve("treaty-registry.properties"), "layout=2\n");
      Map<String, String> before = snapshot(root);
      String known = "uses layout `2` (see " + root.resolve("treaty-registry.properties")
          + "), which this version of Treaty does not know; it knows layout `1`";

      failure(registry::contractIds, InvalidDefinitionException.class, known);
      failure(() -> registry.contract("orders", "1.0.0"), InvalidDefinitionException.class, known);
      failure(() -> registry.expectations("orders"), InvalidDefinitionException.class, known);
      failure(() -> registry.publish(contract("orders", "2.0.0", "b")), InvalidDefinitionException.class, known);
      failure(() -> registry.publish(expectation("orders", "billing", "b")), InvalidDefinitionException.class, known);
      failure(() -> registry.removeContract("orders", "1.0.0"), InvalidDefinitionException.class, known);
      assertThat(snapshot(root)).isEqualTo(before);
    }

    @Test
    void aMarkerWithoutALayoutIsReported() throws IOException {
      Files.createDirectories(root);
      Files.writeString(root.resolve("treaty-registry.properties"), "hello=world\n");

      failure(registry::contractIds, InvalidInputException.class,
          "The registry marker " + root.resolve("treaty-registry.properties") + " is damaged",
          "it has no `layout` property");
    }

    @Test
    void aMarkerThatIsADirectoryIsReported() throws IOException {
      Files.createDirectories(root.resolve("treaty-registry.properties"));

      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidInputException.class,
          "it should be a file but is a directory or a special file");
    }

    @Test
    void aRootThatIsAFileIsRefused() throws IOException {
      Files.writeString(root, "not a directory");

      failure(registry::contractIds, InvalidDefinitionException.class,
          "The registry directory " + root + " is not a directory.");
      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidDefinitionException.class,
          "is not a directory");
      assertThat(Files.readString(root)).isEqualTo("not a directory");
    }

    @Test
    void aContractDirectoryThatIsAFileIsRefusedAndOthersStayIntact() throws IOException {
      registry.publish(contract("invoices", "1.0.0", "a"));
      Files.writeString(root.resolve("contracts/orders"), "in the way");
      Map<String, String> before = snapshot(root);

      failure(() -> registry.publish(contract("orders", "1.0.0", "a")), InvalidDefinitionException.class,
          root.resolve("contracts/orders") + " in the registry should be a directory but is a file");
      failure(() -> registry.versions("orders"), InvalidDefinitionException.class, "should be a directory");
      assertThat(registry.contractIds()).containsExactly("invoices");
      assertThat(snapshot(root)).isEqualTo(before);
    }
  }

  @Nested
  class FailedPublications {

    /** No common file system accepts a 300-character file name; the write fails midway. */
    private final String tooLong = "z/" + "x".repeat(300) + ".json";

    @Test
    void aWriteErrorMidwayLeavesEverythingAsItWas() {
      registry.publish(contract("orders", "1.0.0", "a"));
      registry.publish(expectation("orders", "billing", "b"));
      Map<String, String> before = snapshot(root);
      PublishedContract broken = contractOf("orders", "2.0.0",
          SourceFile.ofText("a.odcs.yaml", "written first"),
          SourceFile.ofText("b.json", "written second"),
          SourceFile.ofText(tooLong, "cannot be created"));

      failure(() -> registry.publish(broken), InvalidDefinitionException.class,
          "Cannot publish contract `orders` version `2.0.0`: writing "
              + root.resolve("contracts/orders/2.0.0/files/z/xxxxxxxx"),
          ". Nothing was changed in the registry.");

      assertThat(snapshot(root)).isEqualTo(before);
      assertThat(registry.versions("orders")).containsExactly("1.0.0");
      assertThat(registry.contract("orders", "2.0.0")).isEmpty();
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
      assertThat(registry.expectation("orders", "billing").orElseThrow().document().bytes())
          .isEqualTo(expectation("orders", "billing", "b").document().bytes());
      assertThat(leftovers(root)).isEmpty();
    }

    @Test
    void theOperatingSystemsReasonIsInTheMessage() {
      PublishedContract broken = contractOf("orders", "1.0.0",
          SourceFile.ofText("a.odcs.yaml", "a"), SourceFile.ofText(tooLong, "b"));

      Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> registry.publish(broken));

      assertThat(thrown).isInstanceOf(InvalidDefinitionException.class).hasCauseInstanceOf(IOException.class);
      String reason = RegistryMessages.reason((IOException) thrown.getCause());
      assertThat(reason).isNotBlank();
      assertThat(thrown.getMessage()).endsWith(" failed: " + reason + ". Nothing was changed in the registry.");
      assertThat(registry.contractIds()).isEmpty();
    }

    @Test
    void aFailedFirstPublicationLeavesNoContract() {
      failure(() -> registry.publish(contractOf("orders", "1.0.0",
          SourceFile.ofText("a.odcs.yaml", "a"), SourceFile.ofText(tooLong, "b"))), InvalidDefinitionException.class,
          "Nothing was changed");

      assertThat(registry.contractIds()).isEmpty();
      assertThat(registry.versions("orders")).isEmpty();
      assertThat(registry.publish(contract("orders", "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
    }
  }

  @Nested
  class Leftovers {

    private final FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));

    @Test
    void readersIgnoreWhatACrashedPublisherLeftBehind() throws IOException {
      Path orders = root.resolve("contracts/orders");
      Files.createDirectories(orders.resolve(".staging-1.0.0-crashed/files/json"));
      Files.writeString(orders.resolve(".staging-1.0.0-crashed/files/json/half.json"), "{\"half");
      Files.createDirectories(root.resolve("expectations/orders"));
      Files.writeString(root.resolve("expectations/orders/.tmp-billing.expectation.yaml-crashed"), "half");

      assertThat(registry.contractIds()).isEmpty();
      assertThat(registry.versions("orders")).isEmpty();
      assertThat(registry.contract("orders", "1.0.0")).isEmpty();
      assertThat(registry.expectations("orders")).isEmpty();
      assertThat(registry.publish(contract("orders", "1.0.0", "a"))).isEqualTo(PublishOutcome.CREATED);
      assertThat(registry.contract("orders", "1.0.0")).contains(contract("orders", "1.0.0", "a"));
    }

    @Test
    void oldLeftoversAreCleanedUpByTheNextWriterButFreshOnesStay() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      registry.publish(expectation("orders", "billing", "b"));
      Path orders = root.resolve("contracts/orders");
      Path oldStaging = orders.resolve(".staging-2.0.0-old");
      Files.createDirectories(oldStaging.resolve("files"));
      Files.writeString(oldStaging.resolve("files/a.json"), "half");
      Path oldTrash = Files.createDirectories(orders.resolve(".trash-0.1.0-old"));
      Path freshStaging = Files.createDirectories(orders.resolve(".staging-3.0.0-being-written"));
      Path oldTemp = Files.writeString(root.resolve("expectations/orders/.tmp-x.expectation.yaml-old"), "half");
      Path freshTemp = Files.writeString(root.resolve("expectations/orders/.tmp-y.expectation.yaml-new"), "half");
      for (Path old : new Path[] {oldStaging, oldTrash, oldTemp}) {
        Files.setLastModifiedTime(old, twoHoursAgo);
      }

      registry.publish(contract("orders", "1.1.0", "b"));
      registry.publish(expectation("orders", "shipping", "s"));

      assertThat(oldStaging).doesNotExist();
      assertThat(oldTrash).doesNotExist();
      assertThat(oldTemp).doesNotExist();
      assertThat(freshStaging).exists();
      assertThat(freshTemp).exists();
      assertThat(registry.versions("orders")).containsExactly("1.0.0", "1.1.0");
    }

    @Test
    void readersDoNotCleanUp() throws IOException {
      registry.publish(contract("orders", "1.0.0", "a"));
      Path old = Files.createDirectories(root.resolve("contracts/orders/.staging-2.0.0-old"));
      Files.setLastModifiedTime(old, twoHoursAgo);

      registry.versions("orders");
      registry.contract("orders", "1.0.0");

      assertThat(old).exists();
    }
  }
}
