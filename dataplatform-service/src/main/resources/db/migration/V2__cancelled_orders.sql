-- A cancelled order no longer counts as sold: its units come off the day it was counted on, once.
alter table completed_order add column cancelled_at timestamp with time zone;
alter table product_daily_sales drop constraint product_daily_sales_units_check;
alter table product_daily_sales add constraint product_daily_sales_units_check check (units >= 0);
