package dev.treaty.maven;

import dev.treaty.model.RuleDescriptor;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule Treaty applies, with its id, what it means for readers in each direction, and
 * its purpose: {@code mvn dev.treaty:contract-maven-plugin:rules}.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends ContractMojo {

  /** Creates the mojo; it resolves nothing. */
  public RulesMojo() {
    super(null);
  }

  @Override
  void run() {
    getLog().info(String.format("%-48s %-12s %-12s %s", "RULE", "BACKWARD", "FORWARD", "PURPOSE"));
    for (RuleDescriptor rule : treaty.rules()) {
      getLog().info(String.format("%-48s %-12s %-12s %s", rule.id(), rule.backward(), rule.forward(),
          rule.purpose() + (rule.isRetired() ? " (retired: use " + rule.replacedBy() + ")" : "")));
    }
  }
}
