from django.db import migrations


def backfill(apps, schema_editor):
    Customer = apps.get_model("shop", "Customer")
    for customer in Customer.objects.filter(nickname=""):
        customer.nickname = customer.email.split("@")[0]
        customer.save(update_fields=["nickname"])


class Migration(migrations.Migration):

    dependencies = [
        ("shop", "0002_item_price"),
    ]

    # No reverse_code: `migrate shop zero` cannot go back past this migration.
    operations = [
        migrations.RunPython(backfill),
    ]
