#!/usr/bin/env bash
# Walks every flow of the suite through the gateway with curl, and exits non-zero at the first wrong answer.
# Needs the running suite's facts in the environment: `source target/suite/env` after ./run.sh is ready.
set -euo pipefail
: "${GATEWAY_URL:?source target/suite/env first}"

failures=0
step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); exit 1; }

# call METHOD PATH TOKEN [BODY] -> sets STATUS and BODY
call() {
  local method=$1 path=$2 token=$3 data=${4:-}
  local args=(-s -o /tmp/demo-body.$$ -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token")
  if [ -n "$data" ]; then args+=(-H 'Content-Type: application/json' -H "Idempotency-Key: demo-$RANDOM$RANDOM" -d "$data"); fi
  STATUS=$(curl "${args[@]}" "$GATEWAY_URL$path")
  BODY=$(cat /tmp/demo-body.$$)
  echo "$method $path -> $STATUS $BODY" | cut -c1-220
}
field() { python3 -c 'import json,sys; v=json.loads(sys.argv[1]); [v := v[int(k)] if isinstance(v, list) else v.get(k) for k in sys.argv[2].split(".")]; print("" if v is None else v)' "$BODY" "$1"; }
expect_status() { [ "$STATUS" = "$1" ] || fail "expected HTTP $1, got $STATUS"; }
expect_field() { local actual; actual=$(field "$1"); [ "$actual" = "$2" ] || fail "expected $1=$2, got '$actual'"; }
await_final() { # order id, token -> leaves the final order in BODY; each GET waits up to 3 s for the saga to end
  for _ in $(seq 1 40); do
    call GET "/api/v1/orders/$1?wait=3" "$2" >/dev/null
    [ "$(field status)" != "PENDING" ] && { echo "order $1 -> $(field status) $(field reason)"; return; }
    sleep 0.5
  done
  fail "order $1 still PENDING"
}

step "Without a token the gateway answers 401 problem+json"
call GET /api/v1/balance none; expect_status 401; expect_field code UNAUTHENTICATED

step "My balance, then a charge (retried with the same key: charged once)"
call GET /api/v1/balance "$MODEST_TOKEN"; expect_status 200
before=$(field balance)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $MODEST_TOKEN" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: demo-charge-1' -d '{"amount":5000}' "$GATEWAY_URL/api/v1/balance/charges"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $MODEST_TOKEN" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: demo-charge-1' -d '{"amount":5000}' "$GATEWAY_URL/api/v1/balance/charges"
call GET /api/v1/balance "$MODEST_TOKEN"; expect_field balance $((before + 5000))
call POST /api/v1/balance/charges "$MODEST_TOKEN" '{"amount":-1}'; expect_status 400; expect_field code INVALID_AMOUNT
call GET "/api/v1/balance/transactions?size=5" "$MODEST_TOKEN"; expect_status 200

step "Products: the catalogue and one product"
call GET "/api/v1/products?size=10&sort=price" "$MEMBER_TOKEN"; expect_status 200
call GET "/api/v1/products/$KEYBOARD_ID" "$MEMBER_TOKEN"; expect_status 200; expect_field name "Mechanical Keyboard"
keyboard_stock=$(field stock)
call GET /api/v1/products/999999999 "$MEMBER_TOKEN"; expect_status 404; expect_field code PRODUCT_NOT_FOUND

step "Coupons: open campaigns, a first-come-first-served claim, a repeated claim, my coupons"
call GET /api/v1/coupons/campaigns "$MEMBER_TOKEN"; expect_status 200
call POST "/api/v1/coupons/campaigns/$CAMPAIGN_ID/issue" "$MEMBER_TOKEN"; expect_status 201
coupon=$(field id)
call POST "/api/v1/coupons/campaigns/$CAMPAIGN_ID/issue" "$MEMBER_TOKEN"; expect_status 409; expect_field code COUPON_ALREADY_ISSUED
call GET "/api/v1/coupons?status=AVAILABLE" "$MEMBER_TOKEN"; expect_status 200

step "An order with the coupon: accepted, then COMPLETED, paid less 10% (at most 20,000)"
call GET /api/v1/balance "$MEMBER_TOKEN"; member_before=$(field balance)
call POST /api/v1/orders "$MEMBER_TOKEN" "{\"lines\":[{\"productId\":$KEYBOARD_ID,\"quantity\":2}],\"couponId\":$coupon}"
expect_status 202; order=$(field id)
await_final "$order" "$MEMBER_TOKEN"; expect_field status COMPLETED; expect_field subtotal 178000; expect_field paidAmount 160200
call GET /api/v1/balance "$MEMBER_TOKEN"; expect_field balance $((member_before - 160200))
call GET "/api/v1/products/$KEYBOARD_ID" "$MEMBER_TOKEN"; expect_field stock $((keyboard_stock - 2))
call GET "/api/v1/coupons/$coupon" "$MEMBER_TOKEN"; expect_field status USED
call GET "/api/v1/orders?size=5" "$MEMBER_TOKEN"; expect_status 200

step "The same coupon again: FAILED, stock given back"
call POST /api/v1/orders "$MEMBER_TOKEN" "{\"lines\":[{\"productId\":$MOUSE_ID,\"quantity\":1}],\"couponId\":$coupon}"
order=$(field id); await_final "$order" "$MEMBER_TOKEN"; expect_field status FAILED; expect_field reason COUPON_REJECTED

step "Out of stock: FAILED, nothing charged"
call POST /api/v1/orders "$MEMBER_TOKEN" "{\"lines\":[{\"productId\":$WEBCAM_ID,\"quantity\":1}]}"
order=$(field id); await_final "$order" "$MEMBER_TOKEN"; expect_field status FAILED; expect_field reason OUT_OF_STOCK
call GET /api/v1/balance "$MEMBER_TOKEN"; expect_field balance $((member_before - 160200))

step "Not enough balance: FAILED, stock given back"
call GET "/api/v1/products/$MONITOR_ID" "$BROKE_TOKEN"; monitor_stock=$(field stock)
call POST /api/v1/orders "$BROKE_TOKEN" "{\"lines\":[{\"productId\":$MONITOR_ID,\"quantity\":1}]}"
order=$(field id); await_final "$order" "$BROKE_TOKEN"; expect_field status FAILED; expect_field reason INSUFFICIENT_BALANCE
for _ in $(seq 1 40); do
  call GET "/api/v1/products/$MONITOR_ID" "$BROKE_TOKEN" >/dev/null
  [ "$(field stock)" = "$monitor_stock" ] && break; sleep 0.5
done
expect_field stock "$monitor_stock"

step "Popular products: the keyboard sold, so it ranks (the answer is cached for a few seconds)"
popular_ids() { python3 -c 'import json,sys; print(" ".join(str(p["id"]) for p in json.loads(sys.argv[1])["products"]))' "$BODY"; }
for _ in $(seq 1 60); do
  call GET /api/v1/products/popular "$MEMBER_TOKEN" >/dev/null
  [[ " $(popular_ids) " == *" $KEYBOARD_ID "* ]] && break; sleep 0.5
done
call GET /api/v1/products/popular "$MEMBER_TOKEN"; expect_status 200
[[ " $(popular_ids) " == *" $KEYBOARD_ID "* ]] || fail "the keyboard is not among the popular products"

step "Operators only: a member may not create products"
call POST /api/v1/admin/products "$MEMBER_TOKEN" '{"name":"x","price":1,"stock":1}'; expect_status 403

rm -f /tmp/demo-body.$$
echo; echo "Demo passed: every flow answered as expected."
