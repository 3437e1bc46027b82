from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("shop", "0002_item_price"),
    ]

    # A typo in the table name: fails on every database.
    operations = [
        migrations.RunSQL("UPDATE shop_item_prices SET price = 0 WHERE price IS NULL", reverse_sql=migrations.RunSQL.noop),
    ]
