from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("shop", "0002_item_price"),
    ]

    operations = [
        migrations.RemoveField(model_name="customer", name="nickname"),
        migrations.AlterField(model_name="item", name="qty", field=models.BigIntegerField()),
    ]
