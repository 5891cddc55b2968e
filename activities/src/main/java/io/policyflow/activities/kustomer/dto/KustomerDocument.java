package io.policyflow.activities.kustomer.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A single-resource answer: {@code {"data": {...}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KustomerDocument(KustomerResource data) {}
