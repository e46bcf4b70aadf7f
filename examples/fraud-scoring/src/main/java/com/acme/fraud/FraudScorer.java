package com.acme.fraud;

import java.math.BigDecimal;
import java.util.Set;

/** Scores an order before payment capture: the code whose assumptions the contract test states. */
public final class FraudScorer {

  private static final Set<String> WATCHED_COUNTRIES = Set.of("XX", "ZZ");
  private static final BigDecimal LARGE = new BigDecimal("5000");

  /**
   * A risk score between 0 and 1.
   *
   * @param status the order's status: PLACED or CANCELLED; anything else is a contract break
   * @param amount the order's amount
   * @param country the customer's two-letter country
   * @return the score
   */
  public double score(String status, BigDecimal amount, String country) {
    double score = switch (status) {
      case "PLACED" -> 0.1;
      case "CANCELLED" -> 0.0;
      default -> throw new IllegalArgumentException("unknown order status " + status);
    };
    if (amount.compareTo(LARGE) > 0) {
      score += 0.4;
    }
    if (WATCHED_COUNTRIES.contains(country)) {
      score += 0.5;
    }
    return Math.min(score, 1.0);
  }
}
