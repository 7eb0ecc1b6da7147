create table orders
(
    id                uuid                     not null primary key,
    member_id         varchar(100)             not null,
    status            varchar(16)              not null check (status in ('PENDING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    coupon_id         bigint check (coupon_id > 0),
    idempotency_key   varchar(64),
    stock_reserved    boolean                  not null,
    coupon_applied    boolean                  not null,
    payment_requested boolean                  not null,
    subtotal          bigint check (subtotal >= 0),
    discount_kind     varchar(16) check (discount_kind in ('FIXED', 'PERCENTAGE')),
    discount_value    bigint check (discount_value >= 0),
    discount_cap      bigint check (discount_cap >= 0),
    discount          bigint check (discount >= 0),
    paid_amount       bigint check (paid_amount >= 0),
    failure_reason    varchar(32),
    failure_detail    varchar(200),
    placed_at         timestamp with time zone not null,
    deadline_at       timestamp with time zone not null,
    completed_at      timestamp with time zone,
    failed_at         timestamp with time zone,
    cancelled_at      timestamp with time zone,
    check ((status = 'FAILED') = (failure_reason is not null))
);

create table order_line
(
    order_id   uuid    not null references orders (id),
    line_no    int     not null,
    product_id bigint  not null check (product_id > 0),
    quantity   int     not null check (quantity > 0),
    unit_price bigint check (unit_price >= 0),
    primary key (order_id, line_no)
);

-- a retried request finds the first order; the adapter also serializes requests per key (see OrderPersistenceAdapter)
create unique index orders_idempotency_key on orders (member_id, idempotency_key) where idempotency_key is not null;
create index orders_member_newest on orders (member_id, placed_at desc, id desc);
-- what the deadline sweeper scans
create index orders_pending_deadline on orders (deadline_at) where status = 'PENDING';
