from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("shop", "0002_item_price"),
    ]

    operations = [
        migrations.AddField(model_name="customer", name="phone", field=models.CharField(default="", max_length=20)),
    ]
