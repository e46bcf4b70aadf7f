package dev.treaty.junit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.Treaty;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.SourceFile;
import dev.treaty.model.SourceLocation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/** The extension behind {@link SamplePayloads}: one invocation per sample, checked before it runs. */
final class SamplePayloadsExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, SamplePayloads.class)).orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    ConsumerDeclaration declaration = TreatyConsumerExtension.declaration(context);
    String[] patterns = AnnotationSupport.findAnnotation(method, SamplePayloads.class).orElseThrow().value();
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    List<SamplePayload> samples = SampleFinder.find(patterns, loader, Path.of("").toAbsolutePath());
    if (samples.isEmpty()) {
      throw new InvalidDefinitionException(JunitMessages.noSamples(List.of(patterns)));
    }
    return samples.stream().map(sample -> new Invocation(sample, declaration));
  }

  /** One sample's run of the template. */
  private record Invocation(SamplePayload sample, ConsumerDeclaration declaration)
      implements TestTemplateInvocationContext {
    @Override
    public String getDisplayName(int invocationIndex) {
      return sample.name();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(new SampleCheck(sample, declaration));
    }
  }

  /** Checks the sample before the test body runs, and hands it (read or raw) to the method. */
  private static final class SampleCheck implements BeforeTestExecutionCallback, ParameterResolver {
    private final SamplePayload sample;
    private final ConsumerDeclaration declaration;
    private @Nullable Object read;

    SampleCheck(SamplePayload sample, ConsumerDeclaration declaration) {
      this.sample = sample;
      this.declaration = declaration;
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
      List<String> problems = new ArrayList<>();
      try {
        Treaty.checkPayload(declaration.expectation(), SourceFile.ofText(sample.name(), sample.json()))
            .forEach(problem -> problems.add(problem.toString()));
      } catch (InvalidInputException e) {
        e.problems().forEach(problem -> problems.add(problem.toString()));
      }
      readIntoDerivedClass(problems);
      if (!problems.isEmpty()) {
        throw new AssertionFailedError(JunitMessages.sampleFails(sample.name(),
            declaration.expectation().consumer(), declaration.expectation().contract(), problems));
      }
    }

    private void readIntoDerivedClass(List<String> problems) {
      Class<?> type = declaration.derivedFrom();
      if (type == null || declaration.mapper() == null) {
        return;
      }
      try {
        read = declaration.mapper().readValue(sample.json(), type);
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() <= 0 ? sample.name()
            : new SourceLocation(sample.name(), at.getLineNr(), Math.max(0, at.getColumnNr()), null).toString();
        String reason = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
            : e.getOriginalMessage().lines().findFirst().orElse("");
        problems.add(JunitMessages.unreadableByMapper(where, type, reason));
      }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == SamplePayload.class
          || (declaration.derivedFrom() != null && type.isAssignableFrom(declaration.derivedFrom())
              && type != Object.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      if (parameter.getParameter().getType() == SamplePayload.class) {
        return sample;
      }
      if (read == null) {
        // only reachable if the check did not run; read now so the failure is still reported
        List<String> problems = new ArrayList<>();
        readIntoDerivedClass(problems);
        if (!problems.isEmpty()) {
          throw new AssertionFailedError(problems.get(0));
        }
      }
      return read;
    }
  }
}
