-- Every completed order received, as it was received. The primary key is what makes counting idempotent:
-- an order whose row exists has been counted.
create table completed_order
(
    order_id     uuid primary key,
    user_id      varchar(200)             not null,
    subtotal     bigint                   not null check (subtotal >= 0),
    discount     bigint                   not null check (discount >= 0),
    paid_amount  bigint                   not null check (paid_amount >= 0),
    completed_at timestamp with time zone not null,
    -- the calendar day it counts for, in the ranking's zone when it was received
    sales_date   date                     not null,
    received_at  timestamp with time zone not null
);
create index completed_order_by_sales_date on completed_order (sales_date);

create table completed_order_line
(
    order_id   uuid    not null references completed_order (order_id),
    line_no    int     not null,
    product_id bigint  not null,
    quantity   int     not null check (quantity > 0),
    unit_price bigint  not null check (unit_price >= 0),
    primary key (order_id, line_no)
);

-- Units per product per day, kept up to date as orders complete, so a ranking reads
-- (products x days) rows instead of scanning orders.
create table product_daily_sales
(
    product_id bigint not null,
    sales_date date   not null,
    units      bigint not null check (units > 0),
    primary key (product_id, sales_date)
);
create index product_daily_sales_by_date on product_daily_sales (sales_date, product_id);
