/**
 * The Maven adapter: mojos bind parameters, call the {@link dev.treaty.Treaty} facade, log its
 * report and map the outcome to {@code MojoFailureException} (something breaks) or
 * {@code MojoExecutionException} (the check cannot run).
 */
@NullMarked
package dev.treaty.maven;

import org.jspecify.annotations.NullMarked;
