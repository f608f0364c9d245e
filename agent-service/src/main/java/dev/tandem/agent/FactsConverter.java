package dev.tandem.agent;

import java.util.LinkedHashMap;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

/** Labelled facts, in the order the customer-context source gave them. */
@Converter
public class FactsConverter extends JsonColumn<LinkedHashMap<String, String>> {
    public FactsConverter() {
        super(new TypeReference<>() {
        });
    }
}
