package org.stockroom.service.location;

/** A location with how many products it holds (on hand > 0) and how many units in all. */
public record LocationSummary(long id, String code, String name, long productsInStock, long unitsOnHand) {}
