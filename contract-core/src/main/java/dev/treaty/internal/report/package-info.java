/**
 * Renders verification reports: console lines, JSON, JUnit XML and Markdown. Every renderer is
 * deterministic — the same report gives the same bytes.
 */
@NullMarked
package dev.treaty.internal.report;

import org.jspecify.annotations.NullMarked;
