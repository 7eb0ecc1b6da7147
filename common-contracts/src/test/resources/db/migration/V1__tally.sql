-- What each member has been paid, added to by the HTTP API and by PaymentRequested events alike.
create table tally
(
    member_id text   primary key,
    total     bigint not null
);
