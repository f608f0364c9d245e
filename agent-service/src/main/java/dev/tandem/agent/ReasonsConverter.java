package dev.tandem.agent;

import java.util.List;

import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.type.TypeReference;

@Converter
public class ReasonsConverter extends JsonColumn<List<Handoff.Reason>> {
    public ReasonsConverter() {
        super(new TypeReference<>() {
        });
    }
}
