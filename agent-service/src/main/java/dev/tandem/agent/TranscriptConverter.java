package dev.tandem.agent;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

import dev.tandem.contracts.RoutingDecision.Turn;

@Converter
public class TranscriptConverter extends JsonColumn<List<Turn>> {
    public TranscriptConverter() {
        super(new TypeReference<>() {
        });
    }
}
