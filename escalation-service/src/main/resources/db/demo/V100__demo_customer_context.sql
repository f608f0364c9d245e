-- Demo customers, orders and invoices for ./tandem up and the tests (Flyway location db/demo; leave
-- it out of quarkus.flyway.locations when a real source is plugged in).
INSERT INTO customer (id, name, tier, since) VALUES
    ('C-1001', 'Alice Martin', 'gold', '2021-03-14'),
    ('C-1002', 'Bruno Lefèvre', 'standard', '2024-09-02'),
    ('C-1003', 'Chloé Dubois', 'standard', '2025-11-20');

INSERT INTO customer_order (number, customer_id, status, carrier, tracking, placed_on, shipped_on, expected_on,
                            delivered_on, total, currency) VALUES
    ('1234', 'C-1001', 'SHIPPED', 'Colissimo', '6A12345678901', '2026-11-16', '2026-11-18', '2026-11-23', NULL, 59.90, 'EUR'),
    ('1235', 'C-1001', 'DELIVERED', 'DHL', 'JD014600003', '2026-10-02', '2026-10-03', '2026-10-06', '2026-10-05', 129.00, 'EUR'),
    ('2001', 'C-1002', 'PROCESSING', NULL, NULL, '2026-11-20', NULL, '2026-11-27', NULL, 24.50, 'EUR'),
    ('2002', 'C-1002', 'CANCELLED', NULL, NULL, '2026-11-01', NULL, NULL, NULL, 80.00, 'EUR'),
    ('3001', 'C-1003', 'SHIPPED', 'Chronopost', 'XY987654321FR', '2026-11-17', '2026-11-19', '2026-11-22', NULL, 15.00, 'EUR');

INSERT INTO invoice (number, customer_id, order_number, amount, currency, status, issued_on) VALUES
    ('F-2026-0412', 'C-1001', '1234', 59.90, 'EUR', 'PAID', '2026-11-16'),
    ('F-2026-0327', 'C-1001', '1235', 129.00, 'EUR', 'PAID', '2026-10-02'),
    ('F-2026-0430', 'C-1002', '2001', 24.50, 'EUR', 'DUE', '2026-11-20'),
    ('F-2026-0433', 'C-1003', '3001', 15.00, 'EUR', 'PAID', '2026-11-17');
