package dev.tandem.escalation.context;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An order with its customer and the customer's invoices. */
public record OrderContext(Order order, Customer customer, List<Invoice> invoices) {

    public OrderContext {
        invoices = List.copyOf(invoices);
    }

    public enum Status {
        PROCESSING, SHIPPED, DELIVERED, CANCELLED
    }

    /** Dates and carrier are null until they are known. */
    public record Order(String number, Status status, String carrier, String tracking, LocalDate placedOn,
            LocalDate shippedOn, LocalDate expectedOn, LocalDate deliveredOn, BigDecimal total, String currency) {
    }

    public record Customer(String id, String name, String tier, LocalDate since) {
    }

    public record Invoice(String number, String orderNumber, BigDecimal amount, String currency, String status,
            LocalDate issuedOn) {
    }
}
