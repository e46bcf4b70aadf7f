package com.acme.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What billing reads from an order event: the order, its amount and the customer to invoice.
 * Fields billing does not know are ignored, so the producer may add fields freely.
 *
 * @param orderId the order
 * @param amount what to invoice
 * @param customer whom to invoice
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderPlaced(UUID orderId, Money amount, Customer customer) {

  /**
   * An amount of money.
   *
   * @param value the amount
   * @param currency the ISO 4217 code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Money(BigDecimal value, String currency) {}

  /**
   * The customer to invoice.
   *
   * @param id the customer's id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Customer(String id) {}
}
