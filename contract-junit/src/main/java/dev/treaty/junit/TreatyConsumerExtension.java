package dev.treaty.junit;

import dev.treaty.Treaty;
import dev.treaty.model.Expectation;
import dev.treaty.model.InvalidDefinitionException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link TreatyConsumer}: resolves the class's declaration once, writes the
 * expectation document before the class's tests, and gives tests the {@link Expectation} as a
 * parameter.
 */
final class TreatyConsumerExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TreatyConsumerExtension.class);
  private static final Path DEFAULT_DIRECTORY = Path.of("target", "treaty", "expectations");
  private static final Treaty TREATY = Treaty.create();

  /** A document written in this run, to catch two classes declaring one expectation differently. */
  private record Written(Class<?> by, byte[] bytes) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    ConsumerDeclaration declaration = declaration(context);
    Expectation expectation = declaration.expectation();
    // A JUnit configuration parameter, else the system property (not every launcher passes system
    // properties on as configuration parameters), else target/treaty/expectations.
    Path directory = context.getConfigurationParameter(TreatyConsumer.EXPECTATIONS_DIR)
        .or(() -> Optional.ofNullable(System.getProperty(TreatyConsumer.EXPECTATIONS_DIR)))
        .map(Path::of)
        .orElse(DEFAULT_DIRECTORY);
    Path file = directory.resolve(expectation.contract()).resolve(expectation.consumer() + ".expectation.yaml");
    byte[] bytes = TREATY.writeExpectation(expectation).getBytes(StandardCharsets.UTF_8);
    @SuppressWarnings("unchecked")
    Map<Path, Written> written = (Map<Path, Written>) context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("written", key -> new ConcurrentHashMap<Path, Written>(), Map.class);
    Written first = written.putIfAbsent(file.toAbsolutePath().normalize(), new Written(declaration.testClass(), bytes));
    if (first != null && !java.util.Arrays.equals(first.bytes(), bytes)) {
      throw new InvalidDefinitionException(JunitMessages.conflict(first.by(), declaration.testClass(),
          expectation.consumer(), expectation.contract(), file));
    }
    ExpectationFile.write(file, bytes);
    context.publishReportEntry("treaty.expectation", file.toString());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Expectation.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return declaration(context).expectation();
  }

  /**
   * The declaration of the test class of a context, read once per class.
   *
   * @throws InvalidDefinitionException if the class is no {@link TreatyConsumer} or declares wrongly
   */
  static ConsumerDeclaration declaration(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
        key -> ConsumerDeclaration.of(key).orElseThrow(() -> new InvalidDefinitionException(
            JunitMessages.samplesWithoutConsumer(key, context.getTestMethod().map(m -> m.getName()).orElse("?")))),
        ConsumerDeclaration.class);
  }
}
